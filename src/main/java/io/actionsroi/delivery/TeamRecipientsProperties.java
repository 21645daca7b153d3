package io.actionsroi.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.Email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Whom each team's report is emailed to. Which teams get a report is {@code report.team-reports.enabled} and
 * {@code .teams}, bound by the job's own record; these are the same prefix's addresses. Configured addresses
 * and those of the team's {@code recipientsProperty} in Port are merged.
 *
 * @param recipients the addresses of each team, by team identifier (YAML and the command line; an identifier
 *     with anything but lower-case letters, digits and dashes in bracket notation,
 *     {@code recipients[platform.core]})
 * @param recipientList {@code <team-identifier>=<address>} entries, split at the last {@code =} (a team
 *     identifier may hold one): for environment variables and Kubernetes Secrets, which lose map keys
 * @param recipientsProperty a property of Port's team blueprint holding the team's addresses (a string, or
 *     an array of strings), read with the teams; unset: none is read
 */
@ConfigurationProperties("report.team-reports")
@Validated
public record TeamRecipientsProperties(
        @DefaultValue Map<String, List<@Email String>> recipients,
        @DefaultValue List<String> recipientList,
        String recipientsProperty) {

    public TeamRecipientsProperties {
        recipients = Map.copyOf(recipients);
        recipientList = List.copyOf(recipientList);
        recipientList.forEach(TeamRecipientsProperties::entry);
        if (recipientsProperty != null && recipientsProperty.isBlank()) {
            recipientsProperty = null;
        }
    }

    /** The configured addresses of every team, from both settings, by team identifier. */
    public Map<String, List<String>> configured() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        recipients.forEach((team, addresses) -> all.computeIfAbsent(team, t -> new ArrayList<>()).addAll(addresses));
        for (String given : recipientList) {
            Map.Entry<String, String> entry = entry(given);
            all.computeIfAbsent(entry.getKey(), t -> new ArrayList<>()).add(entry.getValue());
        }
        return all;
    }

    /** One {@code <team>=<address>} entry, checked. */
    private static Map.Entry<String, String> entry(String given) {
        int split = given.lastIndexOf('=');
        String team = split < 0 ? "" : given.substring(0, split).strip();
        String address = split < 0 ? "" : given.substring(split + 1).strip();
        if (team.isEmpty() || !isAddress(address)) {
            throw new IllegalArgumentException("Invalid setting report.team-reports.recipient-list entry '" + given
                    + "': expected <team-identifier>=<email address>, such as platform=lead@example.com, entries"
                    + " separated by commas.");
        }
        return Map.entry(team, address);
    }

    /** An address as report.email.to takes it: one mailbox, without a display name. */
    private static boolean isAddress(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            return parsed.getPersonal() == null && parsed.getAddress().equals(address) && address.indexOf('@') > 0;
        }
        catch (AddressException e) {
            return false;
        }
    }
}
