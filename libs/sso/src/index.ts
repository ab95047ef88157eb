export { SsoModule } from './sso.module';
export { SsoSessions } from './sso-sessions';
export { PENDING_PER_IP } from './sso.service';
export { SecretBox } from './secret-box';
export { scimErrorBody, SCIM_CONTENT_TYPE } from './scim/scim-error';
export { SCIM_PATHS, MalformedScimBody } from './scim/scim-paths';
export * from './sso.dto';
