import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { MunicipalityDto } from '@hub/people';

export class DiscoverQueryDto {
  @ApiProperty({ example: 'anna.svensson@landskrona.se' })
  @IsEmail({}, { message: 'Ange en giltig e-postadress.' })
  @MaxLength(254)
  email: string;
}

export class DiscoverProviderDto {
  @ApiProperty({ example: 'Landskronas konto' }) name: string;
}

export class DiscoverDto {
  @ApiProperty({ enum: ['sso', 'password'] }) method: 'sso' | 'password';
  @ApiPropertyOptional({ type: DiscoverProviderDto }) provider?: DiscoverProviderDto;
  @ApiProperty({
    description: 'Whether a hub password may also be used for this domain (false where the provider is set to sign-in through it only).',
  })
  password: boolean;
}

export class SsoStartQueryDto extends DiscoverQueryDto {
  @ApiPropertyOptional({ description: 'A path on the hub to return to after signing in.', example: '/natverk' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  returnTo?: string;
}

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export class CreateProviderDto {
  @ApiProperty({ description: 'Id or slug of the municipality.', example: 'landskrona' }) @IsString() @Length(1, 100) municipality: string;
  @ApiProperty({ example: 'Landskronas konto' }) @IsString() @Length(1, 100) name: string;
  @ApiProperty({ example: 'https://login.microsoftonline.com/<katalog-id>/v2.0' }) @IsString() @Length(1, 500) issuer: string;
  @ApiProperty() @IsString() @Length(1, 300) clientId: string;
  @ApiProperty({ description: 'Kept encrypted; never returned.' }) @IsString() @Length(1, 1000) clientSecret: string;
  @ApiProperty({ type: [String], example: ['landskrona.se'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'Ange minst en e-postdomän.' })
  @ArrayMaxSize(20)
  @Matches(DOMAIN, { each: true, message: 'Ange domäner som landskrona.se (gemener, utan @).' })
  domains: string[];
  @ApiProperty() @IsBoolean() ssoOnly: boolean;
  @ApiProperty() @IsBoolean() createPeople: boolean;
}

export class UpdateProviderDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) municipality?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) issuer?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 300) clientId?: string;
  @ApiPropertyOptional({ description: 'A new secret; leave out to keep the current one.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  clientSecret?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'Ange minst en e-postdomän.' })
  @ArrayMaxSize(20)
  @Matches(DOMAIN, { each: true, message: 'Ange domäner som landskrona.se (gemener, utan @).' })
  domains?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() ssoOnly?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() createPeople?: boolean;
}

export class ScimTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The first characters, to tell tokens apart.' }) prefix: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) lastUsedAt: string | null;
}

export class CreatedScimTokenDto extends ScimTokenDto {
  @ApiProperty({ description: 'Shown once: give it to the directory’s provisioning (Secret Token).' }) token: string;
}

export class CreateScimTokenDto {
  @ApiProperty({ example: 'Entra ID provisioning' }) @IsString() @Length(1, 100) name: string;
}

export class ProviderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: MunicipalityDto }) municipality: MunicipalityDto;
  @ApiProperty() name: string;
  @ApiProperty() issuer: string;
  @ApiProperty() clientId: string;
  @ApiProperty({ type: [String] }) domains: string[];
  @ApiProperty() ssoOnly: boolean;
  @ApiProperty() createPeople: boolean;
  @ApiProperty({ description: 'Register this as the redirect URI at the provider.' }) redirectUri: string;
  @ApiProperty({ description: 'Register this as the post-logout redirect URI at the provider.' }) postLogoutRedirectUri: string;
  @ApiProperty({ description: 'Tenant URL for SCIM provisioning.' }) scimUrl: string;
  @ApiProperty({ type: [ScimTokenDto] }) scimTokens: ScimTokenDto[];
}

export class ProviderCheckItemDto {
  @ApiProperty({ enum: ['discovery', 'jwks'] }) name: 'discovery' | 'jwks';
  @ApiProperty() ok: boolean;
  @ApiProperty({ description: 'What was found or what is wrong, in Swedish.' }) message: string;
}

export class ProviderCheckDto {
  @ApiProperty() ok: boolean;
  @ApiProperty({ type: [ProviderCheckItemDto] }) checks: ProviderCheckItemDto[];
}
