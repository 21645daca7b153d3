package io.actionsroi.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The email's HTML and text bodies, rendered by Thymeleaf from {@code report.html} and
 * {@code report.txt}. They are read from a folder at each run, so ops can edit them without
 * rebuilding; the jar carries the project's own copies for a run where there is no such folder. In
 * the HTML, {@code th:text} escapes every value: a title such as {@code <script>} shows as text.
 */
public final class EmailTemplates {

    /** Where the templates are looked for when no folder is set, relative to the working directory. */
    static final Path DEFAULT_FOLDER = Path.of("reports-templates", "email");

    private static final String BUILT_IN = "reports-templates/email/";
    private static final String HTML = "report.html";
    private static final String TEXT = "report.txt";

    private final String location;
    private final TemplateEngine engine = new TemplateEngine();

    private EmailTemplates(String location, Supplier<AbstractConfigurableTemplateResolver> resolvers) {
        this.location = location;
        engine.addTemplateResolver(resolver(resolvers.get(), HTML, TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver(resolvers.get(), TEXT, TemplateMode.TEXT, 2));
    }

    /**
     * The templates of {@code folder}; when it is null, those of {@code reports-templates/email} in the
     * working directory if it holds them, else the copies built into the jar.
     *
     * @throws IllegalStateException when a folder is set that does not hold both templates
     */
    public static EmailTemplates from(Path folder) {
        if (folder == null) {
            return holdsBoth(DEFAULT_FOLDER) ? inFolder(DEFAULT_FOLDER) : builtIn();
        }
        for (String name : List.of(HTML, TEXT)) {
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

    /** Renders both bodies of {@code model}. */
    public Bodies render(EmailModel model) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("email", model);
        return new Bodies(render(HTML, context), render(TEXT, context));
    }

    private String render(String template, Context context) {
        try {
            return engine.process(template, context);
        }
        catch (TemplateEngineException e) {
            throw new IllegalStateException("The email template " + location + template + " could not be"
                    + " rendered: " + e.getMessage() + ". Fix the template (or restore it from the repository).", e);
        }
    }

    /** The copies built into the jar. */
    static EmailTemplates builtIn() {
        return new EmailTemplates(BUILT_IN, ClassLoaderTemplateResolver::new);
    }

    private static EmailTemplates inFolder(Path folder) {
        return new EmailTemplates(folder.toAbsolutePath().normalize() + "/", FileTemplateResolver::new);
    }

    private static boolean holdsBoth(Path folder) {
        return Files.isRegularFile(folder.resolve(HTML)) && Files.isRegularFile(folder.resolve(TEXT));
    }

    private AbstractConfigurableTemplateResolver resolver(AbstractConfigurableTemplateResolver resolver,
            String template, TemplateMode mode, int order) {
        resolver.setPrefix(location);
        resolver.setResolvablePatterns(Set.of(template));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(false);
        resolver.setOrder(order);
        return resolver;
    }
}
