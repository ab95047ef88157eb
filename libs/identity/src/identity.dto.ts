import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'anna.svensson@helsingborg.se' })
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 256 })
  @IsString()
  @Length(1, 256)
  password: string;
}

export class SessionInfoDto {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ enum: ['admin', 'member', 'guest'] }) role: 'admin' | 'member' | 'guest';
  @ApiProperty({ description: 'Send as X-CSRF-Token on state-changing requests made with the session cookie.' })
  csrfToken: string;
}

export class LogoutDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where the browser goes to end the sign-in at the municipality’s identity provider too (null for a password sign-in).',
  })
  providerLogoutUrl: string | null;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() userAgent: string;
  @ApiProperty() ip: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'The session this request was made with.' }) current: boolean;
}

export class CreateTokenDto {
  @ApiProperty({ example: 'Export till intranätet', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 3650, description: 'Days until it expires; omit for no expiry.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  expiresInDays?: number;
}

export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The first characters, to recognise the token by.' }) prefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastUsedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt: string | null;
}

export class CreatedApiTokenDto extends ApiTokenDto {
  @ApiProperty({ description: 'Shown once; send as `Authorization: Bearer <token>`.' }) token: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @Length(1, 256) currentPassword: string;
  @ApiProperty({ minLength: 8, maxLength: 256 }) @IsString() @MinLength(1) @MaxLength(1024) newPassword: string;
}

export class AcceptInvitationDto {
  @ApiProperty() @IsString() @Length(10, 200) token: string;
  @ApiProperty({ minLength: 8, maxLength: 256 }) @IsString() @MinLength(1) @MaxLength(1024) password: string;
}

export class EmailOnlyDto {
  @ApiProperty() @IsEmail() email: string;
}
