// GET /healthz: 200 only when the database answers and the search index is built (for load balancers).
import { healthReport } from "../models/health.server";

export function loader() {
  const report = healthReport();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
