import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PersonRefDto } from '@hub/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export const EXTRACTION_STATUSES = ['pending', 'done', 'failed', 'none'] as const;
export type ExtractionStatus = (typeof EXTRACTION_STATUSES)[number];

export class ExtractionDto {
  @ApiProperty({
    enum: EXTRACTION_STATUSES,
    description: 'pending: being read; done: searchable; failed: see reason; none: nothing to read (images).',
  })
  status: ExtractionStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why the text could not be read (Swedish).' }) reason: string | null;
}

export class DocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty() networkSlug: string;
  @ApiProperty() networkName: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) folderId: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ description: 'File type of the current version: pdf, docx, xlsx, pptx, odt, ods, odp, txt, md, csv, png, jpg.' })
  kind: string;
  @ApiProperty() mediaType: string;
  @ApiProperty({ description: 'File name of the current version.' }) fileName: string;
  @ApiProperty({ description: 'Size of the current version in bytes.' }) size: number;
  @ApiProperty({ description: 'Number of the current version.' }) version: number;
  @ApiProperty({ type: PersonRefDto, nullable: true }) uploadedBy: PersonRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true, description: 'Who made the current version.' }) updatedBy: PersonRefDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: ExtractionDto }) extraction: ExtractionDto;
  @ApiProperty({ description: 'The viewer may rename, move, tag and delete it (uploader, coordinators, secretariat).' }) canEdit: boolean;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'Set when it is in the waste bin.' }) deletedAt:
    string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'When a deleted document is removed for good.' })
  purgeAt: string | null;
}

export class VersionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: number;
  @ApiProperty() fileName: string;
  @ApiProperty() kind: string;
  @ApiProperty() mediaType: string;
  @ApiProperty() size: number;
  @ApiProperty({ description: 'SHA-256 of the bytes (hex).' }) sha256: string;
  @ApiProperty() note: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The version this one restored.' }) restoredFrom: number | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) createdBy: PersonRefDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DocumentDetailDto extends DocumentDto {
  @ApiProperty({ type: [VersionDto], description: 'Newest first.' }) versions: VersionDto[];
}

export class FolderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) parentId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Live documents directly in it.' }) documentCount: number;
  @ApiProperty() canEdit: boolean;
}

export class TagCountDto {
  @ApiProperty() tag: string;
  @ApiProperty() count: number;
}

export class UsageDto {
  @ApiProperty({ description: 'Bytes of every kept version, deleted documents included until they are removed.' }) usedBytes: number;
  @ApiProperty() quotaBytes: number;
  @ApiProperty({ description: 'Largest accepted file.' }) maxFileBytes: number;
}

export class LibraryDto {
  @ApiProperty({ type: [DocumentDto] }) documents: DocumentDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page.' }) nextCursor: string | null;
  @ApiProperty({ type: [FolderDto], description: 'Every folder of the library (build the tree from parentId).' }) folders: FolderDto[];
  @ApiProperty({ type: [TagCountDto] }) tags: TagCountDto[];
  @ApiProperty({ type: UsageDto }) usage: UsageDto;
  @ApiProperty({ description: 'The viewer may upload.' }) canUpload: boolean;
  @ApiProperty({ description: 'The viewer may see and restore deleted documents (coordinators, secretariat).' }) canModerate: boolean;
  @ApiProperty({ type: [String], description: 'File types the library accepts.' }) allowedExtensions: string[];
}

export class LibraryQueryDto {
  @ApiPropertyOptional({ description: 'A folder id, or "root" for the top level; unset lists every folder.' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== 'root')
  @IsUUID()
  folder?: string;
  @ApiPropertyOptional({ description: 'Only documents with this tag.' }) @IsOptional() @IsString() @Length(1, 40) tag?: string;
  @ApiPropertyOptional({ description: 'Words in the title or file name.' }) @IsOptional() @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional({ description: 'true: the waste bin (coordinators and the secretariat).' })
  @IsOptional()
  @IsIn(['true', 'false'])
  deleted?: 'true' | 'false';
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}

export class UpdateDocumentDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'null moves it to the top level.' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  folderId?: string | null;
  @ApiPropertyOptional({ type: [String], maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  tags?: string[];
}

export class UploadFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file (one per request).' }) file: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Folder to put it in (new documents).' }) folderId?: string;
  @ApiPropertyOptional({ description: 'Comma-separated tags (new documents).' }) tags?: string;
  @ApiPropertyOptional({ maxLength: 500, description: 'What changed (versions).' }) note?: string;
}

export class DownloadQueryDto {
  @ApiPropertyOptional({ description: 'Version number or version id; unset: the current version.' })
  @IsOptional()
  @Matches(/^(\d{1,9}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, {
    message: 'Version ska vara ett versionsnummer eller ett versions-id.',
  })
  version?: string;
  @ApiPropertyOptional({ enum: ['attachment', 'inline'], description: 'inline: preview of PDF and images only.' })
  @IsOptional()
  @IsIn(['attachment', 'inline'])
  disposition?: 'attachment' | 'inline';
}

export class CreateFolderDto {
  @ApiProperty({ maxLength: 100 }) @IsString() @Length(1, 100) name: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  parentId?: string | null;
}

export class UpdateFolderDto {
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @Length(1, 100) name?: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  parentId?: string | null;
}

export class DocumentSettingsDto {
  @ApiProperty({ minimum: 0, maximum: 3650, description: 'Days a deleted document is kept before it is removed for good.' })
  retentionDays: number;
  @ApiProperty({ minimum: 1, description: 'Storage per network (MB).' }) networkQuotaMb: number;
}

export class UpdateDocumentSettingsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 3650 }) @IsOptional() @IsInt() @Min(0) @Max(3650) retentionDays?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 1048576 }) @IsOptional() @IsInt() @Min(1) @Max(1048576) networkQuotaMb?: number;
}
