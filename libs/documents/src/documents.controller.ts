import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '@hub/access';
import { type Actor, CurrentActor, PositiveIntPipe, UuidPipe } from '@hub/core';
import {
  CreateFolderDto,
  DocumentDetailDto,
  DocumentSettingsDto,
  DownloadQueryDto,
  FolderDto,
  LibraryDto,
  LibraryQueryDto,
  UpdateDocumentDto,
  UpdateDocumentSettingsDto,
  UpdateFolderDto,
  UploadFieldsDto,
} from './documents.dto';
import { DocumentsService } from './documents.service';
import type { MultipartRequest } from './upload';

@ApiTags('documents')
@Controller({ version: '1' })
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('networks/:id/documents')
  @Access('network.content.read')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: "A network's library: documents (newest change first), folders, tags and the storage used." })
  @ApiOkResponse({ type: LibraryDto })
  library(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: LibraryQueryDto): Promise<LibraryDto> {
    return this.documents.library(actor, id, query);
  }

  @Post('networks/:id/documents')
  @Access('network.content.write')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({
    summary:
      'Upload a document (multipart, the file in the field `file`; folderId, tags and note as fields). Its type is checked by content.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFieldsDto })
  @ApiCreatedResponse({ type: DocumentDetailDto })
  upload(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: MultipartRequest): Promise<DocumentDetailDto> {
    return this.documents.upload(actor, id, request);
  }

  @Get('documents/:id')
  @Access('network.content.read')
  @ApiOperation({ summary: 'One document with its version history.' })
  @ApiOkResponse({ type: DocumentDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<DocumentDetailDto> {
    return this.documents.get(actor, id);
  }

  @Patch('documents/:id')
  @Access('network.content.write')
  @ApiOperation({ summary: 'Rename, move or tag a document (its uploader, coordinators, the secretariat).' })
  @ApiOkResponse({ type: DocumentDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateDocumentDto): Promise<DocumentDetailDto> {
    return this.documents.update(actor, id, body);
  }

  @Delete('documents/:id')
  @Access('network.content.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Move a document to the waste bin; it is removed for good after the retention period.' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.documents.remove(actor, id);
  }

  @Post('documents/:id/restore')
  @Access('network.content.moderate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a document out of the waste bin (coordinators, the secretariat).' })
  @ApiOkResponse({ type: DocumentDetailDto })
  undelete(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<DocumentDetailDto> {
    return this.documents.undelete(actor, id);
  }

  @Post('documents/:id/versions')
  @Access('network.content.write')
  @ApiOperation({ summary: 'Upload a new version (multipart field `file`, optional `note`); the history is kept.' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFieldsDto })
  @ApiCreatedResponse({ type: DocumentDetailDto })
  addVersion(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Req() request: MultipartRequest,
  ): Promise<DocumentDetailDto> {
    return this.documents.addVersion(actor, id, request);
  }

  @Post('documents/:id/versions/:number/restore')
  @Access('network.content.write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make an old version current again (as a new version; nothing is lost).' })
  @ApiOkResponse({ type: DocumentDetailDto })
  restoreVersion(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Param('number', PositiveIntPipe) number: number,
  ): Promise<DocumentDetailDto> {
    return this.documents.restoreVersion(actor, id, number);
  }

  @Get('documents/:id/download')
  @Access('network.content.read')
  @ApiOperation({ summary: 'The bytes of a version (default: current), as an attachment; inline previews for PDF and images.' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Query() query: DownloadQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.documents.download(actor, id, query);
    await reply.headers(file.headers).send(file.stream);
  }

  @Post('networks/:id/document-folders')
  @Access('network.content.write')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: 'Create a folder in the library.' })
  @ApiCreatedResponse({ type: FolderDto })
  createFolder(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CreateFolderDto): Promise<FolderDto> {
    return this.documents.createFolder(actor, id, body);
  }

  @Patch('document-folders/:id')
  @Access('network.content.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Rename or move a folder (its creator, coordinators, the secretariat).' })
  @ApiNoContentResponse()
  updateFolder(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Body() body: UpdateFolderDto): Promise<void> {
    return this.documents.updateFolder(actor, id, body);
  }

  @Delete('document-folders/:id')
  @Access('network.content.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an empty folder.' })
  @ApiNoContentResponse()
  deleteFolder(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.documents.deleteFolder(actor, id);
  }
}

@ApiTags('admin')
@Controller({ path: 'admin/document-settings', version: '1' })
export class DocumentSettingsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @Access('admin.overview')
  @ApiOperation({ summary: 'Retention of deleted documents and the storage quota per network.' })
  @ApiOkResponse({ type: DocumentSettingsDto })
  get(): Promise<DocumentSettingsDto> {
    return this.documents.settings();
  }

  @Patch()
  @Access('admin.settings.manage')
  @ApiOperation({ summary: 'Change the retention or the quota.' })
  @ApiOkResponse({ type: DocumentSettingsDto })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateDocumentSettingsDto): Promise<DocumentSettingsDto> {
    return this.documents.updateSettings(actor, body);
  }
}
