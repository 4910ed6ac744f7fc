-- Remote agents: reached over A2A at another server, described by their agent card.
ALTER TABLE agents ADD COLUMN card_url VARCHAR(2000);
ALTER TABLE agents ADD COLUMN card TEXT;
ALTER TABLE agents ADD COLUMN protocol_version VARCHAR(10);
ALTER TABLE agents ADD COLUMN credentials_sealed TEXT;
ALTER TABLE agents ADD COLUMN health VARCHAR(20) NOT NULL DEFAULT 'active';
ALTER TABLE agents ADD COLUMN health_detail VARCHAR(1000);
ALTER TABLE agents ADD COLUMN health_checked_at TIMESTAMP WITH TIME ZONE;
