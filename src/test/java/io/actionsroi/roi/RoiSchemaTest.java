package io.actionsroi.roi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoiSchemaTest {

    @Test
    void theDefaultsAreTheGuidesNames() {
        RoiSchema schema = RoiSchema.defaults();

        assertThat(schema.blueprints()).isEqualTo(
                new RoiSchema.Blueprints("actions_categories", "action", "action_run", "_team", "_user"));
        assertThat(schema.run()).isEqualTo(new RoiSchema.RunFields("status", "created_at", "duration",
                "waiting_for_approval_duration", "cycle_time", "run_url", "parent_action", "team_2", "user_group",
                "ran_by_actual_user"));
        assertThat(schema.action()).isEqualTo(
                new RoiSchema.ActionFields("lead_time_before", "cycle_time", "criticality", "category"));
    }

    @Test
    void aNullOrBlankValueTakesItsDefaultAndTheRestIsKept() {
        RoiSchema schema = new RoiSchema(new RoiSchema.Blueprints(" ", "self_service_action", null, "", null),
                null, new RoiSchema.ActionFields(null, "cycle_time_before", "", null));

        assertThat(schema.blueprints()).isEqualTo(
                new RoiSchema.Blueprints("actions_categories", "self_service_action", "action_run", "_team", "_user"));
        assertThat(schema.run()).isEqualTo(RoiSchema.RunFields.defaults());
        assertThat(schema.action().cycleTimeBefore()).isEqualTo("cycle_time_before");
        assertThat(schema.action().criticality()).isEqualTo("criticality");
    }

    @Test
    void theIncludesNameTheMetaFieldsThenTheFieldsTheFiguresRead() {
        RoiSchema schema = new RoiSchema(null, new RoiSchema.RunFields(null, null, null, null, null, null,
                null, "teams", null, null), null);

        assertThat(schema.runInclude()).containsExactly("$identifier", "$title", "$createdAt", "status",
                "created_at", "duration", "waiting_for_approval_duration", "cycle_time", "run_url", "parent_action",
                "teams", "user_group", "ran_by_actual_user");
        assertThat(schema.actionInclude()).containsExactly("$identifier", "$title", "$createdAt",
                "lead_time_before", "cycle_time", "criticality", "category");
        assertThat(schema.categoryInclude()).containsExactly("$identifier", "$title", "$createdAt");
        assertThat(schema.teamInclude()).containsExactly("$identifier", "$title", "$createdAt");
        assertThat(schema.userInclude()).containsExactly("$identifier", "$title", "$createdAt", "$team");
    }
}
