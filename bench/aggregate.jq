# The per-action figures the benchmark checks, computed the way Port's own calculation and
# aggregation properties (jq) would: over the runs whose parent_action names an action,
#   total_runs, successful_runs, failed_runs, and
#   total_lead_time_savings_h = sum over SUCCESS runs of (lead_time_before * 3600 - duration) / 3600,
#   a run without duration or an action without lead_time_before adding nothing.
# Input: the runs (one JSON array); $actions: the action entities (--slurpfile actions action.json).
# Output: {"<action identifier>": {total_runs, successful_runs, failed_runs, total_lead_time_savings_h}}
# with every action, runs or not.
($actions[0] | map({key: .identifier, value: .properties.lead_time_before}) | from_entries) as $lead
| reduce .[] as $run
    ($lead | map_values({total_runs: 0, successful_runs: 0, failed_runs: 0, total_lead_time_savings_h: 0});
     ($run.relations.parent_action | if type == "object" then .identifier else . end) as $action
     | if ($action | type) == "string" and ($lead | has($action)) then
         .[$action].total_runs += 1
         | if $run.properties.status == "SUCCESS" then
             .[$action].successful_runs += 1
             | if $lead[$action] != null and $run.properties.duration != null then
                 .[$action].total_lead_time_savings_h += ($lead[$action] * 3600 - $run.properties.duration) / 3600
               else . end
           elif $run.properties.status == "FAILURE" then .[$action].failed_runs += 1
           else . end
       else . end)
