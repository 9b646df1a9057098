import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../server/config';

const fails = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).to.be.instanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('configuration', () => {
  it('starts on the embedded defaults with no environment', () => {
    const c = loadConfig({});
    expect(c).to.deep.include({ env: 'development', port: 4000, databaseUrl: undefined, redisUrl: undefined, demoData: true, stripe: undefined });
    expect(c.dataDir).to.match(/\/data$/);
  });

  it('names the variable of every bad value', () => {
    expect(fails({ PORT: 'abc' })).to.include('PORT');
    expect(fails({ PORT: '70000' })).to.include('PORT');
    expect(fails({ DATABASE_URL: 'mysql://x/y' })).to.include('DATABASE_URL');
    expect(fails({ REDIS_URL: 'not a url' })).to.include('REDIS_URL');
    expect(fails({ PII_KEY: 'short' })).to.include('PII_KEY');
    expect(fails({ NODE_ENV: 'staging' })).to.include('NODE_ENV');
    expect(fails({ STRIPE_SECRET_KEY: 'sk_test_1' })).to.include('STRIPE_WEBHOOK_SECRET');
  });

  it('refuses production on demo data, without a PII key or without DATABASE_URL', () => {
    const msg = fails({ NODE_ENV: 'production' });
    expect(msg).to.include('PII_KEY').and.include('DATABASE_URL');
    expect(fails({ NODE_ENV: 'production', DEMO_DATA: 'false', DATABASE_URL: 'postgres://db/prod' })).to.include('PII_KEY');
    expect(fails({ NODE_ENV: 'production', DEMO_DATA: 'true', PII_KEY: 'a'.repeat(64), DATABASE_URL: 'postgres://db/prod' })).to.include('DEMO_DATA');
    const ok = loadConfig({ NODE_ENV: 'production', PII_KEY: 'a'.repeat(64), DATABASE_URL: 'postgres://db/prod' });
    expect(ok).to.deep.include({ isProduction: true, demoData: false });
  });
});
