package io.actionsroi.port;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads entities from a folder of exported entities: {@code <folder>/<blueprint>.json}, a JSON array of
 * entities as Port's search returns them (or an object with such an {@code entities} array). The file
 * is streamed a page at a time, whatever its size. Only the {@code fields} asked for are kept, as Port's
 * search keeps them. The folder is on disk, or inside the jar for the demo's export (see {@link #of}).
 */
public final class ExportFolderSource implements EntitySource {

    /** Where the jar bundles copies of export folders, by their relative paths (see pom.xml). */
    private static final String BUNDLED = "bundled/";

    private final String description;
    private final Function<String, Resource> files;

    /**
     * @throws PortException when the folder does not exist, so that the job refuses before any work
     */
    public ExportFolderSource(Path folder) {
        this(requireFolder(folder).toString(), name -> new FileSystemResource(folder.resolve(name)));
    }

    /**
     * @param description the folder, as the report names its source
     * @param files each file of the folder, by its name
     */
    private ExportFolderSource(String description, Function<String, Resource> files) {
        this.description = description;
        this.files = files;
    }

    /**
     * The folder; when it is relative and not in the working directory, the copy of it that the jar bundles,
     * if any. The jar bundles the demo's export, {@code demo/port-export}, so that the demo profile runs from
     * any folder (a downloaded jar, the container image). Its files are streamed from the jar as from disk.
     *
     * @throws PortException when neither exists, so that the job refuses before any work
     */
    public static ExportFolderSource of(Path folder) {
        if (!Files.isDirectory(folder) && !folder.isAbsolute()) {
            String location = folder.normalize().toString().replace(File.separatorChar, '/');
            String bundled = BUNDLED + location + "/";
            ClassLoader jar = ExportFolderSource.class.getClassLoader();
            if (!location.isEmpty() && jar.getResource(bundled) != null) {
                return new ExportFolderSource(location + " (inside the jar)",
                        name -> new ClassPathResource(bundled + name, jar));
            }
        }
        return new ExportFolderSource(folder);
    }

    private static Path requireFolder(Path folder) {
        if (!Files.isDirectory(Objects.requireNonNull(folder, "folder"))) {
            throw new PortException("The export folder " + folder.toAbsolutePath() + " does not exist or is not"
                    + " a folder: check the setting port.export-dir.");
        }
        return folder;
    }

    /**
     * {@inheritDoc}
     *
     * @throws BlueprintNotFoundException when the folder has no file for the blueprint
     */
    @Override
    public EntityCursor open(String blueprint, Collection<String> fields) {
        Resource file = files.apply(blueprint + ".json");
        if (blueprint.contains("/") || blueprint.contains(File.separator) || !file.exists()) {
            throw new BlueprintNotFoundException(blueprint, "No export of blueprint '" + blueprint + "': "
                    + location(file) + " does not exist. Check the blueprint identifier settings, or"
                    + " export that blueprint into port.export-dir.");
        }
        return new ReadAheadCursor(blueprint, new FilePages(file, IncludedFields.of(fields)));
    }

    /** Always empty: counting would mean reading the whole file. */
    @Override
    public OptionalLong count(String blueprint) {
        return OptionalLong.empty();
    }

    /** The folder, as given; for the copy inside the jar, saying so. */
    @Override
    public String description() {
        return description;
    }

    /** Where a file is, for a person: its absolute path, or its place inside the jar. */
    private static String location(Resource file) {
        return file instanceof FileSystemResource onDisk ? onDisk.getFile().getAbsolutePath() : file.getDescription();
    }

    /**
     * The entities of one export file, in pages of {@value #PAGE_SIZE}. A page that reaches a broken
     * part of the file holds the entities before it, and the failure is thrown by the following read.
     */
    private static final class FilePages implements EntityPages {

        private static final int PAGE_SIZE = 1000;

        private final String file;
        private final IncludedFields included;
        private final JsonParser parser;
        private boolean done;
        private PortException failure;

        FilePages(Resource file, IncludedFields included) {
            this.file = location(file);
            this.included = included;
            try {
                this.parser = EntityJson.FACTORY.createParser(ObjectReadContext.empty(), file.getInputStream());
            } catch (IOException e) {
                throw new PortException("The export file " + this.file + " could not be read: " + e.getMessage(), e);
            } catch (JacksonException e) {
                throw malformed(e);
            }
            try {
                parser.nextToken();
                enterEntityArray();
            } catch (JacksonException e) {
                parser.close();
                throw malformed(e);
            }
        }

        @Override
        public boolean hasMore() {
            return !done;
        }

        @Override
        public List<PortEntity> next() {
            if (failure != null) {
                throw failure;
            }
            List<PortEntity> page = new ArrayList<>(PAGE_SIZE);
            try {
                while (page.size() < PAGE_SIZE) {
                    if (parser.nextToken() == JsonToken.END_ARRAY) {
                        done = true;
                        break;
                    }
                    page.add(EntityJson.readEntity(parser, included));
                }
            } catch (JacksonException e) {
                failure = malformed(e);
            }
            return page;
        }

        @Override
        public void close() {
            parser.close();
        }

        /** Moves to the entity array: the top-level array, or the {@code entities} field of a top-level object. */
        private void enterEntityArray() {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    boolean entities = parser.currentName().equals("entities");
                    parser.nextToken();
                    if (entities) {
                        break;
                    }
                    parser.skipChildren();
                }
            }
            EntityJson.expect(parser, JsonToken.START_ARRAY, "a JSON array of entities, or an object with an"
                    + " 'entities' array");
        }

        private PortException malformed(JacksonException e) {
            if (e instanceof JacksonIOException) {
                return new PortException("The export file " + file + " could not be read: "
                        + e.getOriginalMessage(), e);
            }
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new PortException("The export file " + file + " is not valid" + where + ": "
                    + e.getOriginalMessage() + ". Export the blueprint again.", e);
        }
    }
}
