import { ApiProperty } from '@nestjs/swagger';

/** A person named in something else (uploader, owner, proposer). */
export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}
