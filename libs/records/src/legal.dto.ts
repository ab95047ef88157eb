import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

export class AccessibilityContactDto {
  @ApiProperty({ description: 'E-mail for reports and requests for accessible content ("" when none).' }) email: string;
  @ApiProperty({ description: 'Phone number ("" when none).' }) phone: string;
  @ApiProperty({ description: 'Address of a form ("" when none).' }) formUrl: string;
  @ApiProperty({ format: 'date', description: 'When the statement was last reviewed.' }) reviewedOn: string;
  @ApiProperty({ type: [String], description: 'Known gaps, in Swedish.' }) gaps: string[];
}

export class RetentionPeriodDto {
  @ApiProperty() label: string;
  @ApiProperty() days: number;
}

export class PrivacyContactDto {
  @ApiProperty({ description: 'The controller (personuppgiftsansvarig).' }) controller: string;
  @ApiProperty() email: string;
  @ApiProperty() phone: string;
  @ApiProperty({ description: 'The data-protection officer (dataskyddsombud), "" when none.' }) dpoEmail: string;
  @ApiProperty({ type: [RetentionPeriodDto], description: 'How long each kind of content is kept (the secretariat’s retention rules).' })
  retention: RetentionPeriodDto[];
}

export class LegalDto {
  @ApiProperty({ type: AccessibilityContactDto }) accessibility: AccessibilityContactDto;
  @ApiProperty({ type: PrivacyContactDto }) privacy: PrivacyContactDto;
}

const optionalEmail = (what: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: `${what} ("" removes it).` }),
    IsOptional(),
    ValidateIf((_o, v) => v !== ''),
    IsEmail({}, { message: 'Ange en giltig e-postadress.' }),
    MaxLength(254, { message: 'Högst 254 tecken.' }),
  );
const optionalPhone = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: 'Phone number ("" removes it).' }),
    IsOptional(),
    IsString({ message: 'Ange telefonnumret som text.' }),
    Matches(/^$|^\+?[0-9][0-9 ()-]{4,30}$/, { message: 'Ange ett telefonnummer, till exempel 042-10 50 00.' }),
  );

export class UpdateLegalDto {
  @optionalEmail('Accessibility contact e-mail') accessibilityEmail?: string;
  @optionalPhone() accessibilityPhone?: string;

  @ApiPropertyOptional({ description: 'https address of a form ("" removes it).' })
  @IsOptional()
  @IsString({ message: 'Ange adressen som text.' })
  @Matches(/^$|^https:\/\/[^\s]{3,500}$/, { message: 'Ange en adress som börjar med https://.' })
  accessibilityFormUrl?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Ange ett datum som 2026-12-01.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ange ett datum som 2026-12-01.' })
  accessibilityReviewedOn?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 30, description: 'Known gaps (replaces the list).' })
  @IsOptional()
  @IsArray({ message: 'Ange bristerna som en lista.' })
  @ArrayMaxSize(30, { message: 'Högst 30 brister.' })
  @IsString({ each: true, message: 'Varje brist är en text.' })
  @Length(1, 1000, { each: true, message: 'Varje brist är 1–1000 tecken.' })
  accessibilityGaps?: string[];

  @ApiPropertyOptional({ description: 'The controller (personuppgiftsansvarig).' })
  @IsOptional()
  @IsString({ message: 'Ange den personuppgiftsansvariga som text.' })
  @Length(2, 300, { message: 'Ange 2–300 tecken.' })
  privacyController?: string;

  @optionalEmail('Controller contact e-mail') privacyEmail?: string;
  @optionalPhone() privacyPhone?: string;
  @optionalEmail('Data-protection officer e-mail') privacyDpoEmail?: string;
}
