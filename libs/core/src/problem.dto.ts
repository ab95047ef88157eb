import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROBLEMS, type ProblemCode } from './errors';

export class FieldErrorDto {
  @ApiProperty({ example: 'title' }) field: string;
  @ApiProperty({ example: 'Titel ska vara 1–200 tecken.', description: 'In Swedish, naming the field.' }) message: string;
}

/** RFC 9457 problem details, as every error response of the API. */
export class ProblemDto {
  @ApiProperty({ example: '/problems/validation' }) type: string;
  @ApiProperty({ example: 'Uppgifterna kunde inte godtas' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'Kontrollera de markerade fälten.' }) detail: string;
  @ApiPropertyOptional({ example: '/api/v1/me' }) instance?: string;
  @ApiProperty({ enum: Object.keys(PROBLEMS) }) code: ProblemCode;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
  @ApiPropertyOptional({ description: 'For 5xx: quote it to the secretariat.' }) errorId?: string;
}
