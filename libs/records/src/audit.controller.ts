import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { Access } from '@hub/access';
import { AuditLog } from './audit-log';
import type { AuditFilter } from './audit.repository';
import { AuditPageDto, AuditQueryDto } from './audit.dto';

@ApiTags('admin')
@Controller({ path: 'admin/audit', version: '1' })
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @Access('admin.audit.read')
  @ApiOperation({
    summary:
      'The audit log, newest first: filter by person (who acted or was acted on), action, network and period; `format=csv` for Excel.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: AuditQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<AuditPageDto | Readable> {
    const filter: AuditFilter = {
      personId: query.person?.toLowerCase(),
      action: query.action,
      networkId: query.network?.toLowerCase(),
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
    if (query.format !== 'csv') return this.audit.list(filter, query.limit ?? 50, query.cursor);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="granskningslogg-${new Date().toISOString().slice(0, 10)}.csv"`)
      .header('Cache-Control', 'private, no-store');
    return Readable.from(this.audit.csv(filter));
  }
}
