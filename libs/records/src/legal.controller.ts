import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Public } from '@hub/access';
import { type Actor, CurrentActor } from '@hub/core';
import { LegalDto, UpdateLegalDto } from './legal.dto';
import { LegalService } from './legal.service';

@ApiTags('legal')
@Controller({ version: '1' })
export class LegalController {
  constructor(private readonly legal: LegalService) {}

  @Get('legal')
  @Public()
  @ApiOperation({
    summary: 'What the accessibility statement and the privacy notice show: contacts, review date, known gaps, retention periods.',
  })
  @ApiOkResponse({ type: LegalDto })
  get(): Promise<LegalDto> {
    return this.legal.get();
  }

  @Patch('admin/legal')
  @Access('admin.settings.manage')
  @ApiOperation({ summary: 'Set the contacts, review date and known gaps of the accessibility statement and the privacy notice.' })
  @ApiOkResponse({ type: LegalDto })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateLegalDto): Promise<LegalDto> {
    return this.legal.update(actor, body);
  }
}
