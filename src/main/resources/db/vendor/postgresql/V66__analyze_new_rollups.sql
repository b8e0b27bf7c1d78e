-- PostgreSQL only. The rollups per tenant and per unit and touchpoint were just filled from the
-- detail: plan the first reports on their contents rather than on an empty table's statistics.
analyze metric_rollup_tenant;
analyze metric_rollup_week_tenant;
analyze metric_rollup_month_tenant;
analyze metric_rollup_touchpoint;
analyze metric_rollup_week_touchpoint;
analyze metric_rollup_month_touchpoint;
