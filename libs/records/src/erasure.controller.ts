import { Body, Controller, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '@hub/access';
import { type Actor, CurrentActor, UuidPipe } from '@hub/core';
import { EraseDto, ErasePlanQuery, ErasurePlanDto } from './erasure.dto';
import { ErasureService } from './erasure.service';

@ApiTags('admin')
@Controller({ path: 'admin/people', version: '1' })
export class ErasureController {
  constructor(private readonly erasure: ErasureService) {}

  @Post(':id/erase')
  @Access('admin.people.manage')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Erase a person (GDPR art. 17, within the archive law): irreversible, needs a reason. `dryRun=true` lists per kind what would be removed and what kept as a public record, and why.',
  })
  @ApiOkResponse({ type: ErasurePlanDto })
  erase(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Query() query: ErasePlanQuery,
    @Body() body: EraseDto,
  ): Promise<ErasurePlanDto> {
    return this.erasure.erase(actor, id, query.dryRun === 'true', body.reason);
  }
}
