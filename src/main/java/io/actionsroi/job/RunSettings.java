package io.actionsroi.job;

import java.util.LinkedHashMap;
import java.util.Map;

import io.actionsroi.report.excel.ExcelProperties;
import io.actionsroi.roi.RoiResult;
import io.actionsroi.roi.RoiSchema;

/**
 * The settings that shaped a report, as the workbook's About sheet lists them, so that a reader can
 * tell how it was made. Only what changes the figures or the outputs; never a credential.
 */
class RunSettings {

    private final ReportProperties report;
    private final ExcelProperties excel;
    private final RoiSchema schema;

    RunSettings(ReportProperties report, ExcelProperties excel, RoiSchema schema) {
        this.report = report;
        this.excel = excel;
        this.schema = schema;
    }

    Map<String, String> of(RoiResult result) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("report.date", result.reportDate().toString());
        settings.put("report.zone", result.zone().getId());
        settings.put("source (port.base-url or port.export-dir)", result.source());
        settings.put("report.output-dir", report.outputDir().toString());
        settings.put("report.hourly-cost", report.hourlyCost() == null ? "not set" : report.hourlyCost().toString());
        settings.put("report.currency", report.currency());
        settings.put("report.value.attribution", Double.toString(report.value().attribution()));
        settings.put("report.value.fte-hours-per-year", Double.toString(report.value().fteHoursPerYear()));
        settings.put("report.value.platform-cost-per-year", report.value().platformCostPerYear() == null ? "not set"
                : report.value().platformCostPerYear().toString());
        settings.put("report.excel.runs-window-days", Integer.toString(excel.runsWindowDays()));
        RoiSchema.Blueprints blueprints = schema.blueprints();
        settings.put("port.schema.blueprints", "category " + blueprints.category() + ", action " + blueprints.action()
                + ", run " + blueprints.run() + ", team " + blueprints.team() + ", user " + blueprints.user());
        RoiSchema.ActionFields action = schema.action();
        settings.put("port.schema.action", "lead time before " + action.leadTimeBefore() + ", cycle time before "
                + action.cycleTimeBefore() + ", criticality " + action.criticality() + ", category " + action.category());
        RoiSchema.RunFields run = schema.run();
        settings.put("port.schema.run", "status " + run.status() + ", created at " + run.createdAt() + ", duration "
                + run.duration() + ", waiting " + run.waitingForApprovalDuration() + ", cycle time " + run.cycleTime()
                + ", run URL " + run.runUrl() + ", parent action " + run.parentAction() + ", team " + run.team()
                + ", user group " + run.userGroup() + ", user " + run.user());
        return settings;
    }
}
