"""The rule catalogue: one module per rule, listed once here. Codes are stable: a code is never
renumbered or reused. HR0xx records and files, HR1xx classification, HR2xx reporting lines,
HR3xx budgets and FTEs, HR4xx talent management, HR5xx personal data."""
from hrkit.rules import (assessor_not_manager, budget_total_mismatch, classification_disagrees, dangling_reports_to,
                         duplicate_id, duplicate_key, fte_exceeded, id_filename_mismatch, id_not_a_string,
                         incumbent_mismatch, incumbent_on_vacant, multiple_heads, noncanonical_classification,
                         personal_data_in_position, placement_missing, questionnaire_missing, reporting_cycle,
                         reports_to_inactive, schema_violation, span_of_control, supervisor_mismatch,
                         supervisor_not_senior, suppression_without_reason, unknown_classification, unknown_placement,
                         unreadable_file, yaml_syntax_error)

ALL_RULES = tuple(module.RULE for module in (
    yaml_syntax_error, duplicate_key, schema_violation, id_filename_mismatch, duplicate_id, id_not_a_string,
    suppression_without_reason, unreadable_file,
    unknown_classification, noncanonical_classification,
    dangling_reports_to, reporting_cycle, supervisor_not_senior, supervisor_mismatch, reports_to_inactive,
    multiple_heads, span_of_control,
    budget_total_mismatch, fte_exceeded, incumbent_on_vacant,
    incumbent_mismatch, questionnaire_missing, placement_missing, unknown_placement, assessor_not_manager,
    classification_disagrees,
    personal_data_in_position,
))
BY_CODE = {rule.code: rule for rule in ALL_RULES}
