import { Body, Controller, Get, Param, Patch, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access } from '@hub/access';
import { type Actor, CurrentActor } from '@hub/core';
import { LegalHoldRequestDto, RecordsSettingsDto, UpdateRecordsSettingsDto } from './settings.dto';
import { RecordsSettingsService } from './settings.service';

@ApiTags('admin')
@Controller({ path: 'admin', version: '1' })
export class RecordsSettingsController {
  constructor(private readonly settings: RecordsSettingsService) {}

  @Get('records-settings')
  @Access('admin.settings.manage')
  @ApiOperation({ summary: 'Retention per kind of content, what an erasure keeps, and networks on legal hold; with defaults and reasons.' })
  @ApiOkResponse({ type: RecordsSettingsDto })
  get(): Promise<RecordsSettingsDto> {
    return this.settings.get();
  }

  @Patch('records-settings')
  @Access('admin.settings.manage')
  @ApiOperation({ summary: 'Change retention days and erasure rules (only the kinds given).' })
  @ApiOkResponse({ type: RecordsSettingsDto })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateRecordsSettingsDto): Promise<RecordsSettingsDto> {
    return this.settings.update(actor, body);
  }

  @Put('networks/:id/legal-hold')
  @Access('admin.settings.manage')
  @ApiParam({ name: 'id', description: 'Network id or slug' })
  @ApiOperation({ summary: 'Put a network on legal hold (nothing in it is purged or removed at erasure) or lift the hold.' })
  @ApiOkResponse({ type: RecordsSettingsDto })
  legalHold(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: LegalHoldRequestDto): Promise<RecordsSettingsDto> {
    return this.settings.setLegalHold(actor, id, body);
  }
}
