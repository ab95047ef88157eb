module.exports = async function globalTeardown() {
  for (const service of (globalThis.__hubServices ?? []).reverse()) await service.stop().catch(() => undefined);
};
