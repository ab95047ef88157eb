export { IdentityModule } from './identity.module';
export { AuthGuard } from './auth.guard';
export { AuthService, SESSION_COOKIE, passwordBarredError, type StartedSession } from './auth.service';
export { PasswordHasher } from './password-hasher';
export { IdentityRepository, emailDomainSql, hashToken, newToken } from './identity.repository';
export { checkPassword, PASSWORD_MIN, PASSWORD_MAX } from './password-policy';
export { LoginThrottle } from './login-throttle';
export { ChangePasswordDto } from './identity.dto';
