import { ApiProperty } from '@nestjs/swagger';

/** A library document attached to a post or message: a link, so what shows depends on the viewer's access now. */
export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'false: deleted since, or in a network the viewer may not read; then nothing else is told.' })
  available: boolean;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'pdf, docx, …' }) kind: string | null;
  @ApiProperty({ type: Number, nullable: true }) size: number | null;
}
