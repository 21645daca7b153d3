package io.actionsroi.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The emails' HTML and text bodies, rendered by Thymeleaf: the organisation's from {@code report.html} and
 * {@code report.txt}, a team's from {@code team-report.html} and {@code team-report.txt}. They are read from a
 * folder at each run, so ops can edit them without rebuilding; the jar carries the project's own copies for
 * a run where there is no such folder, and for the team templates when the folder holds only the
 * organisation's (as a folder made before team reports does). In the HTML, {@code th:text} escapes every
 * value: a title such as {@code <script>} shows as text.
 */
public final class EmailTemplates {

    /** Where the templates are looked for when no folder is set, relative to the working directory. */
    static final Path DEFAULT_FOLDER = Path.of("reports-templates", "email");

    private static final String BUILT_IN = "reports-templates/email/";
    private static final Pair ORGANISATION = new Pair("report.html", "report.txt");
    private static final Pair TEAM = new Pair("team-report.html", "team-report.txt");

    /** The HTML and text templates of one kind of email. */
    private record Pair(String html, String text) {

        List<String> both() {
            return List.of(html, text);
        }
    }

    private final Map<String, String> locations = new HashMap<>();
    private final TemplateEngine engine = new TemplateEngine();

    private EmailTemplates(Path organisationFolder, Path teamFolder) {
        int order = 1;
        for (Pair pair : List.of(ORGANISATION, TEAM)) {
            Path folder = pair == ORGANISATION ? organisationFolder : teamFolder;
            String location = folder == null ? BUILT_IN : folder.toAbsolutePath().normalize() + "/";
            for (String template : pair.both()) {
                locations.put(template, location);
                AbstractConfigurableTemplateResolver resolver = folder == null ? new ClassLoaderTemplateResolver()
                        : new FileTemplateResolver();
                engine.addTemplateResolver(resolver(resolver, location, template,
                        template.equals(pair.html()) ? TemplateMode.HTML : TemplateMode.TEXT, order++));
            }
        }
    }

    /**
     * The templates of {@code folder}; when it is null, those of {@code reports-templates/email} in the
     * working directory if it holds them, else the copies built into the jar. The team templates are the
     * folder's when it holds them, else the copies built into the jar.
     *
     * @throws IllegalStateException when a folder is set that does not hold both of the organisation's
     *     templates, or holds one team template without the other
     */
    public static EmailTemplates from(Path folder) {
        if (folder == null) {
            return holdsBoth(DEFAULT_FOLDER, ORGANISATION) ? inFolder(DEFAULT_FOLDER) : builtIn();
        }
        for (String name : ORGANISATION.both()) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                throw new IllegalStateException("The email template "
                        + folder.toAbsolutePath().normalize().resolve(name) + " does not exist: set"
                        + " report.email.templates-dir to the folder holding report.html and report.txt, or leave it"
                        + " unset for the templates built into the jar.");
            }
        }
        return inFolder(folder);
    }

    /** The rendered bodies. */
    public record Bodies(String html, String text) {
    }

    /** Renders both bodies of {@code model}: a team's templates for a team's report, else the organisation's. */
    public Bodies render(EmailModel model) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("email", model);
        Pair pair = model.team() != null ? TEAM : ORGANISATION;
        return new Bodies(render(pair.html(), context), render(pair.text(), context));
    }

    private String render(String template, Context context) {
        try {
            return engine.process(template, context);
        }
        catch (TemplateEngineException e) {
            throw new IllegalStateException("The email template " + locations.get(template) + template
                    + " could not be rendered: " + e.getMessage() + ". Fix the template (or restore it from the"
                    + " repository).", e);
        }
    }

    /** The copies built into the jar. */
    static EmailTemplates builtIn() {
        return new EmailTemplates(null, null);
    }

    private static EmailTemplates inFolder(Path folder) {
        boolean teamHtml = Files.isRegularFile(folder.resolve(TEAM.html()));
        if (teamHtml != Files.isRegularFile(folder.resolve(TEAM.text()))) {
            String missing = teamHtml ? TEAM.text() : TEAM.html();
            throw new IllegalStateException("The email template " + folder.toAbsolutePath().normalize().resolve(missing)
                    + " does not exist, beside its companion: add it (a copy of the repository's"
                    + " reports-templates/email/" + missing + "), or remove both team templates for the ones built"
                    + " into the jar.");
        }
        return new EmailTemplates(folder, teamHtml ? folder : null);
    }

    private static boolean holdsBoth(Path folder, Pair pair) {
        return Files.isRegularFile(folder.resolve(pair.html())) && Files.isRegularFile(folder.resolve(pair.text()));
    }

    private static AbstractConfigurableTemplateResolver resolver(AbstractConfigurableTemplateResolver resolver,
            String location, String template, TemplateMode mode, int order) {
        resolver.setPrefix(location);
        resolver.setResolvablePatterns(Set.of(template));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(false);
        resolver.setOrder(order);
        return resolver;
    }
}
