package io.actionsroi.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.actionsroi.port.PortEntity;
import io.actionsroi.roi.ReferenceData;
import io.actionsroi.roi.RoiSchema;

/** Step 1: reads the categories, actions and teams (small) and starts the tally over them. */
public class ReferenceDataTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataTasklet.class);

    private final RoiEntities entities;
    private final RoiSchema schema;
    private final FiguresInProgress figures;

    public ReferenceDataTasklet(RoiEntities entities, RoiSchema schema, FiguresInProgress figures) {
        this.entities = entities;
        this.schema = schema;
        this.figures = figures;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<PortEntity> categories = entities.categories();
        List<PortEntity> actions = entities.actions();
        List<PortEntity> teams = entities.teams();
        figures.start(ReferenceData.from(schema, categories, actions, teams));
        log.info("Read {} categories, {} actions and {} teams from {}", categories.size(), actions.size(),
                teams.size(), entities.sourceDescription());
        return RepeatStatus.FINISHED;
    }
}
