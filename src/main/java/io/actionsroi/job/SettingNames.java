package io.actionsroi.job;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import io.actionsroi.roi.RoiSchema;

/**
 * The names of the settings that records bind, found from the records themselves, so that a new
 * setting is known as soon as its record has it. Each component of a record is a setting, named in
 * kebab case as Spring Boot binds it ({@code dryRun} is {@code dry-run}); the components of a nested
 * record are settings below it, an index is a setting below a list, and any key one below a map. A
 * name matches as Spring Boot's relaxed binding matches it: in any case, with or without its dashes
 * ({@code report.dryRun}, {@code report.dry_run}), and as an environment variable
 * ({@code REPORT_DRY_RUN} or {@code REPORT_DRYRUN}, {@code REPORT_EMAIL_TO_0}).
 */
final class SettingNames {

    private final Node root = new Node();
    private final List<String> names = new ArrayList<>();

    /**
     * The settings of the application whose classes are in {@code basePackage}: those of its
     * {@code @ConfigurationProperties} records, which {@code @ConfigurationPropertiesScan} binds, and the
     * blueprint and property identifiers, which {@link ActionsRoiJobConfiguration} binds itself.
     */
    static SettingNames of(String basePackage) {
        SettingNames settings = new SettingNames();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        // the application's class loader, whatever thread scans (not the thread's, which may not see the jar's classes)
        scanner.setResourceLoader(new DefaultResourceLoader(SettingNames.class.getClassLoader()));
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition record : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(record.getBeanClassName(), SettingNames.class.getClassLoader());
            settings.add(MergedAnnotations.from(type).get(ConfigurationProperties.class).getString("prefix"), type);
        }
        return settings.add(ActionsRoiJobConfiguration.SCHEMA_SETTINGS, RoiSchema.class);
    }

    /** Adds the settings that {@code type} binds below {@code prefix}, such as {@code report.email}. */
    SettingNames add(String prefix, Class<?> type) {
        Node node = root;
        for (String element : prefix.split("\\.")) {
            node = node.child(element);
        }
        add(node, prefix, ResolvableType.forClass(type));
        return this;
    }

    /**
     * Whether {@code name} is in a namespace the records bind (the first element of their prefixes:
     * {@code report}, {@code port}) but is none of their settings. Other names (spring.*, logging.*,
     * PATH) are not this job's to judge.
     */
    boolean isUnknown(String name, boolean environmentVariable) {
        List<String> elements = environmentVariable ? List.of(name.toLowerCase(Locale.ROOT).split("_"))
                : uniformElements(name);
        return !elements.isEmpty() && root.children.containsKey(elements.get(0))
                && !matches(root, elements, 0, environmentVariable);
    }

    /** Every setting's name in kebab case, as docs/settings.md lists it: a map's, not its keys'. */
    List<String> names() {
        return List.copyOf(names);
    }

    /** The known setting closest to {@code name}, written as {@code name} is: dotted, or as an environment variable. */
    String closest(String name, boolean environmentVariable) {
        UnaryOperator<String> form = environmentVariable
                ? known -> known.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT)
                : UnaryOperator.identity();
        String given = environmentVariable ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
        return names.stream()
                .map(form)
                .min(Comparator.comparingInt(known -> distance(given, known)))
                .orElseThrow();
    }

    private void add(Node node, String name, ResolvableType type) {
        Class<?> raw = type.toClass();
        if (Map.class.isAssignableFrom(raw)) {
            node.anyKeyBelow = true;
            names.add(name);
        }
        else if (type.isArray() || Collection.class.isAssignableFrom(raw)) {
            node.element = new Node();
            add(node.element, name, type.isArray() ? type.getComponentType() : type.asCollection().getGeneric(0));
        }
        else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                String dashed = DataObjectPropertyName.toDashedForm(component.getName());
                add(node.child(dashed), name + "." + dashed, ResolvableType.forType(component.getGenericType()));
            }
        }
        else {
            names.add(name);
        }
    }

    /** Whether {@code elements} from {@code next} on name {@code node} or a setting below it. */
    private static boolean matches(Node node, List<String> elements, int next, boolean environmentVariable) {
        if (next == elements.size() || node.anyKeyBelow) {
            return true;
        }
        String element = elements.get(next);
        if (node.element != null && !element.isEmpty() && element.chars().allMatch(Character::isDigit)) {
            return matches(node.element, elements, next + 1, environmentVariable);
        }
        for (Map.Entry<String, Node> child : node.children.entrySet()) {
            for (List<String> spelling : spellings(child.getKey(), environmentVariable)) {
                int end = next + spelling.size();
                if (end <= elements.size() && elements.subList(next, end).equals(spelling)
                        && matches(child.getValue(), elements, end, environmentVariable)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How Spring Boot accepts a dashed element: without its dashes ({@code dryrun}) and, in an environment
     * variable, also with underscores for them ({@code DRY_RUN}, which splits into elements).
     */
    private static List<List<String>> spellings(String dashed, boolean environmentVariable) {
        List<String> withoutDashes = List.of(dashed.replace("-", ""));
        return environmentVariable && dashed.contains("-") ? List.of(withoutDashes, List.of(dashed.split("-")))
                : List.of(withoutDashes);
    }

    /** A dotted name's elements as Spring Boot compares them: lower case, letters and digits only. */
    private static List<String> uniformElements(String name) {
        ConfigurationPropertyName adapted = ConfigurationPropertyName.adapt(name, '.');
        return IntStream.range(0, adapted.getNumberOfElements())
                .mapToObj(i -> adapted.getElement(i, ConfigurationPropertyName.Form.UNIFORM))
                .toList();
    }

    /** The Levenshtein distance: the fewest characters to insert, delete or replace to turn one into the other. */
    private static int distance(String a, String b) {
        int[] previous = IntStream.rangeClosed(0, b.length()).toArray();
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    /** A setting, or a group of settings. */
    private static final class Node {

        /** The settings below it, by their dashed names. */
        private final Map<String, Node> children = new LinkedHashMap<>();
        /** A map: any name below it is one of its keys. */
        private boolean anyKeyBelow;
        /** A list: what an index below it names. */
        private Node element;

        private Node child(String dashed) {
            return children.computeIfAbsent(dashed, name -> new Node());
        }
    }
}
