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
import io.actionsroi.roi.UserEntities;

/** Step 1: reads the categories, actions, teams and users (small) and starts the tally over them. */
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
        PortTeamRecipients.keep(chunkContext.getStepContext().getStepExecution().getJobExecution(), teams,
                entities.teamRecipientsProperty());
        UserEntities users = entities.users();
        figures.start(ReferenceData.from(schema, categories, actions, teams, users));
        log.info("Read {} categories, {} actions, {} teams and {} from {}", categories.size(), actions.size(),
                teams.size(), users.entities() == null ? "no users" : users.entities().size() + " users",
                entities.sourceDescription());
        if (users.entities() == null) {
            log.warn("The users could not be read, so the adoption figures have no user totals or team members: {}",
                    users.unavailableReason());
        }
        return RepeatStatus.FINISHED;
    }
}
