import type { EntityManager } from 'typeorm';
import { DomainEvents } from './events';

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('DomainEvents', () => {
  const payload = { networkId: 'n', postId: 'p' };
  const manager = { query: jest.fn() } as unknown as EntityManager;

  it('stage runs durable handlers on the transaction; their after-commit parts and the listeners wait for publish', async () => {
    const events = new DomainEvents();
    const seen: string[] = [];
    events.onWithin('post.updated', async (_p, m) => {
      seen.push(m === manager ? 'durable in tx' : 'durable outside');
      return () => void seen.push('after commit');
    });
    events.on('post.updated', () => void seen.push('listener'));
    const staged = events.batch();
    await staged.stage(manager, 'post.updated', payload);
    await settle();
    expect(seen).toEqual(['durable in tx']);
    staged.publish();
    await settle();
    expect(seen).toEqual(['durable in tx', 'after commit', 'listener']);
  });

  it('a failing durable handler fails the stage (and so the transaction)', async () => {
    const events = new DomainEvents();
    events.onWithin('post.updated', () => Promise.reject(new Error('no')));
    await expect(events.stage(manager, 'post.updated', payload)).rejects.toThrow('no');
  });

  it('emit outside a transaction runs the durable handler without a manager, then its after-commit part', async () => {
    const events = new DomainEvents();
    const seen: string[] = [];
    events.onWithin('post.updated', async (_p, m) => {
      seen.push(m === undefined ? 'durable outside' : 'durable in tx');
      return () => void seen.push('after');
    });
    events.emit('post.updated', payload);
    expect(seen).toEqual([]);
    await settle();
    expect(seen).toEqual(['durable outside', 'after']);
  });

  it('staging hands the change a Within that stages the event, and publishes once the change resolved; nothing when it never ran', async () => {
    const events = new DomainEvents();
    const seen: string[] = [];
    events.onWithin('agenda.changed', async (_p, m) => {
      seen.push(m === manager ? 'durable in tx' : 'durable outside');
      return () => void seen.push('pushed');
    });
    const result = await events.staging('agenda.changed', { networkId: 'n', meetingId: 'm' }, async (within) => {
      await within(manager);
      await settle();
      expect(seen).toEqual(['durable in tx']);
      return 42;
    });
    expect(result).toBe(42);
    await settle();
    expect(seen).toEqual(['durable in tx', 'pushed']);

    // A change that found nothing to change never runs `within`: nothing is staged or pushed.
    await events.staging('agenda.changed', { networkId: 'n', meetingId: 'm' }, async () => undefined);
    await settle();
    expect(seen).toEqual(['durable in tx', 'pushed']);
  });
});
