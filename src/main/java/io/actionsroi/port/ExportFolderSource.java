package io.actionsroi.port;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
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
 * search keeps them.
 */
public final class ExportFolderSource implements EntitySource {

    private final Path folder;

    /**
     * @throws PortException when the folder does not exist, so that the job refuses before any work
     */
    public ExportFolderSource(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new PortException("The export folder " + folder.toAbsolutePath() + " does not exist or is not"
                    + " a folder: check the setting port.export-dir.");
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws BlueprintNotFoundException when the folder has no file for the blueprint
     */
    @Override
    public EntityCursor open(String blueprint, Collection<String> fields) {
        Path file = folder.resolve(blueprint + ".json");
        if (!folder.equals(file.getParent()) || !Files.isRegularFile(file)) {
            throw new BlueprintNotFoundException(blueprint, "No export of blueprint '" + blueprint + "': "
                    + file.toAbsolutePath() + " does not exist. Check the blueprint identifier settings, or"
                    + " export that blueprint into port.export-dir.");
        }
        return new ReadAheadCursor(blueprint, new FilePages(file, IncludedFields.of(fields)));
    }

    /** Always empty: counting would mean reading the whole file. */
    @Override
    public OptionalLong count(String blueprint) {
        return OptionalLong.empty();
    }

    /** The folder, as given. */
    @Override
    public String description() {
        return folder.toString();
    }

    /**
     * The entities of one export file, in pages of {@value #PAGE_SIZE}. A page that reaches a broken
     * part of the file holds the entities before it, and the failure is thrown by the following read.
     */
    private static final class FilePages implements EntityPages {

        private static final int PAGE_SIZE = 1000;

        private final Path file;
        private final IncludedFields included;
        private final JsonParser parser;
        private boolean done;
        private PortException failure;

        FilePages(Path file, IncludedFields included) {
            this.file = file;
            this.included = included;
            try {
                this.parser = EntityJson.FACTORY.createParser(ObjectReadContext.empty(), file);
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
                return new PortException("The export file " + file.toAbsolutePath() + " could not be read: "
                        + e.getOriginalMessage(), e);
            }
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new PortException("The export file " + file.toAbsolutePath() + " is not valid" + where + ": "
                    + e.getOriginalMessage() + ". Export the blueprint again.", e);
        }
    }
}
