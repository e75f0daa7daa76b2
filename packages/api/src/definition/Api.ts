/** The one API definition: the server, the OpenAPI document and the typed client all come from it. */
import { HttpApi, OpenApi } from "effect/http-api"
import { RequestValidation } from "../http/validation.ts"
import { ActivitiesApi, DifficultiesApi } from "./ActivitiesApi.ts"
import { AssessmentsApi } from "./AssessmentsApi.ts"
import { AssignmentsApi } from "./AssignmentsApi.ts"
import { AuditApi } from "./AuditApi.ts"
import { ContributionsApi } from "./ContributionsApi.ts"
import { CriteriaApi } from "./CriteriaApi.ts"
import { PlansApi } from "./PlansApi.ts"
import { PriceListsApi } from "./PriceListsApi.ts"
import { PublicReportsApi, ReportsApi } from "./ReportsApi.ts"
import { SystemApi } from "./SystemApi.ts"
import { UnitsApi } from "./UnitsApi.ts"

/**
 * The NTM API, version 1 (paths under `/v1`). Add a resource by defining its `HttpApiGroup` next to
 * `AuditApi` and `.add`-ing it here (see docs/api.md, "Adding a resource").
 */
export class Api extends HttpApi.make("ntm")
  .add(SystemApi)
  .add(AuditApi)
  .add(CriteriaApi)
  .add(UnitsApi)
  .add(AssessmentsApi)
  .add(AssignmentsApi)
  .add(ActivitiesApi)
  .add(DifficultiesApi)
  .add(PlansApi)
  .add(PriceListsApi)
  .add(ContributionsApi)
  .add(ReportsApi)
  .add(PublicReportsApi)
  .middleware(RequestValidation)
  .annotate(HttpApi.ParseOptions, { errors: "all" })
  .annotate(HttpApi.PayloadParseOptions, { errors: "all", onExcessProperty: "error" })
  .annotate(OpenApi.Title, "NTM toolkit API")
  .annotate(OpenApi.Version, "1")
  .annotate(
    OpenApi.Description,
    "API of the New Rural Development (nông thôn mới) toolkit. Errors are application/problem+json (RFC 9457).",
  ) {}
