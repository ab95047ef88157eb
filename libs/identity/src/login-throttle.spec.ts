import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  function throttle(): { t: LoginThrottle; advance: (ms: number) => void } {
    let now = 1_000_000;
    const t = new LoginThrottle();
    t.now = () => now;
    return { t, advance: (ms) => (now += ms) };
  }

  it('lets five failures through, then doubles the wait', () => {
    const { t } = throttle();
    for (let i = 0; i < 5; i++) t.recordFailure('a@b.se', '1.1.1.1');
    expect(t.retryAfter('a@b.se', '1.1.1.1')).toBe(0);
    t.recordFailure('a@b.se', '1.1.1.1');
    expect(t.retryAfter('a@b.se', '1.1.1.1')).toBe(1);
    t.recordFailure('a@b.se', '1.1.1.1');
    expect(t.retryAfter('a@b.se', '1.1.1.1')).toBe(2);
    t.recordFailure('a@b.se', '1.1.1.1');
    expect(t.retryAfter('a@b.se', '1.1.1.1')).toBe(4);
  });

  it('never delays an account more than five minutes: no lock-out', () => {
    const { t, advance } = throttle();
    for (let i = 0; i < 100; i++) t.recordFailure('a@b.se', `10.0.0.${i}`);
    expect(t.retryAfter('a@b.se', '9.9.9.9')).toBe(300);
    advance(300_000);
    expect(t.retryAfter('a@b.se', '9.9.9.9')).toBe(0);
  });

  it('counts attempts before they are checked, so a burst cannot slip through', () => {
    const { t } = throttle();
    const waits = Array.from({ length: 40 }, () => t.begin('a@b.se', '1.1.1.1'));
    expect(waits.filter((w) => w === 0)).toHaveLength(6);
  });

  it('throttles one IP trying many accounts, briefly (colleagues share NAT addresses)', () => {
    const { t } = throttle();
    for (let i = 0; i < 51; i++) t.recordFailure(`user${i}@b.se`, '6.6.6.6');
    expect(t.retryAfter('new@b.se', '6.6.6.6')).toBeGreaterThan(0);
    expect(t.retryAfter('new@b.se', '7.7.7.7')).toBe(0);
    for (let i = 0; i < 100; i++) t.recordFailure(`user${i}@b.se`, '6.6.6.6');
    expect(t.retryAfter('new@b.se', '6.6.6.6')).toBeLessThanOrEqual(60);
  });

  it('forgets an account after a successful sign-in', () => {
    const { t } = throttle();
    for (let i = 0; i < 6; i++) t.recordFailure('a@b.se', '1.1.1.1');
    t.recordSuccess('a@b.se');
    expect(t.retryAfter('a@b.se', '2.2.2.2')).toBe(0);
  });
});
