/** The SCIM routes, served outside the /api prefix. */
export const SCIM_PATHS = ['scim/v2/ServiceProviderConfig', 'scim/v2/Users', 'scim/v2/Users/:id'] as const;
