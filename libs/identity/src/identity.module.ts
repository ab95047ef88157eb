import { Module } from '@nestjs/common';
import { AuthCache } from './auth-cache';
import { AuthController, MySecurityController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { IdentityRepository } from './identity.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';

@Module({
  controllers: [AuthController, MySecurityController],
  providers: [IdentityRepository, PasswordHasher, LoginThrottle, AuthCache, AuthService, AuthGuard],
  exports: [AuthService, AuthGuard, PasswordHasher, IdentityRepository],
})
export class IdentityModule {}
