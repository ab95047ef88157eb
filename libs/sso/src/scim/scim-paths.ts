/** The SCIM routes, served outside the /api prefix. */
export const SCIM_PATHS = ['scim/v2/ServiceProviderConfig', 'scim/v2/Users', 'scim/v2/Users/:id'] as const;

/**
 * What the application/scim+json body parser hands on when the body is not JSON, so the SCIM
 * route answers with a SCIM error body (a parser error would become a problem+json before it).
 */
export class MalformedScimBody {
  readonly malformed = true;
}
