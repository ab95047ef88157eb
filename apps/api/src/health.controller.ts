import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '@hub/access';
import { DomainError, hubVersion } from '@hub/core';
import { MeiliClient } from '@hub/search';

class ComponentHealthDto {
  @ApiProperty({ enum: ['available', 'unavailable'] }) status: 'available' | 'unavailable';
  @ApiProperty({ required: false }) version?: string;
}

class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty() version: string;
  @ApiProperty({ type: ComponentHealthDto }) database: ComponentHealthDto;
  @ApiProperty({ type: ComponentHealthDto }) search: ComponentHealthDto;
}

class ReadyDto {
  @ApiProperty({ enum: ['ready'] }) status: 'ready';
}

@ApiTags('health')
@Controller({ version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly meili: MeiliClient,
  ) {}

  private async database(): Promise<ComponentHealthDto> {
    try {
      const rows: Array<{ v: string }> = await this.db.query(`SELECT current_setting('server_version') AS v`);
      return { status: 'available', version: rows[0]?.v };
    } catch {
      return { status: 'unavailable' };
    }
  }

  @Get('health')
  @Public()
  @ApiOperation({ summary: 'Database and search status, and the hub version.' })
  @ApiOkResponse({ type: HealthDto })
  async health(): Promise<HealthDto> {
    const [database, search] = await Promise.all([this.database(), this.meili.health()]);
    const ok = database.status === 'available' && search.status === 'available';
    return { status: ok ? 'ok' : 'degraded', version: hubVersion(), database, search };
  }

  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Ready for traffic: 200 when the database answers, 503 otherwise.' })
  @ApiOkResponse({ type: ReadyDto })
  async ready(): Promise<ReadyDto> {
    if ((await this.database()).status !== 'available') throw new DomainError('unavailable', 'Databasen svarar inte ännu.');
    return { status: 'ready' };
  }
}
