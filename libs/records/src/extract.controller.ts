import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '@hub/access';
import { type Actor, CurrentActor, UuidPipe } from '@hub/core';
import { type Extract, ExtractService } from './extract.service';

async function send(reply: FastifyReply, extract: Extract): Promise<void> {
  await reply
    .headers({
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${extract.fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    .send(extract.stream);
}

const SUMMARY =
  'A register extract (GDPR art. 15 and 20) as a zip, streamed: person.json, content.json (format in docs/register-extract.md), the documents uploaded, and index.html in Swedish.';

@ApiTags('me')
@Controller({ path: 'me', version: '1' })
export class MyExtractController {
  constructor(private readonly extracts: ExtractService) {}

  @Get('export')
  @Access('me.read')
  @ApiOperation({ summary: `My own data. ${SUMMARY}` })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async export(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.extracts.extract(actor, actor.personId));
  }
}

@ApiTags('admin')
@Controller({ path: 'admin/people', version: '1' })
export class AdminExtractController {
  constructor(private readonly extracts: ExtractService) {}

  @Post(':id/export')
  @Access('admin.people.manage')
  @HttpCode(200)
  @ApiOperation({ summary: `One person's data, for the secretariat answering a request. ${SUMMARY}` })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async export(@CurrentActor() actor: Actor, @Param('id', UuidPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.extracts.extract(actor, id));
  }
}
