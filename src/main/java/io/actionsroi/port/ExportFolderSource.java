package io.actionsroi.port;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.NoSuchElementException;
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
 * is streamed one entity at a time, whatever its size. Every field is read: {@code fields} is ignored.
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
        return new FileCursor(file);
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

    /** Streams the entities of one export file. */
    private static final class FileCursor implements EntityCursor {

        private final Path file;
        private final JsonParser parser;
        private boolean onEntity;
        private boolean done;

        FileCursor(Path file) {
            this.file = file;
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
        public boolean hasNext() {
            if (!onEntity && !done) {
                try {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        close();
                    } else {
                        EntityJson.expect(parser, JsonToken.START_OBJECT, "an entity (a JSON object)");
                        onEntity = true;
                    }
                } catch (JacksonException e) {
                    close();
                    throw malformed(e);
                }
            }
            return onEntity;
        }

        @Override
        public PortEntity next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more entities in " + file);
            }
            onEntity = false;
            try {
                return EntityJson.readEntity(parser);
            } catch (JacksonException e) {
                close();
                throw malformed(e);
            }
        }

        @Override
        public void close() {
            done = true;
            onEntity = false;
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
