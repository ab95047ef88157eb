/**
 * Whether a person is connected to the hub right now (any process). Implemented by the realtime
 * gateway; domains that only need the answer (e-mail held back while someone is online) depend on
 * this port, not on the gateway.
 */
export interface OnlineCheck {
  isOnline(personId: string): Promise<boolean>;
}

export const ONLINE_CHECK = Symbol('ONLINE_CHECK');
