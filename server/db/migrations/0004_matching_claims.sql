CREATE TABLE "assistance_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid,
	"case_id" uuid NOT NULL,
	"need_id" uuid,
	"organization_id" uuid,
	"claim_id" uuid,
	"kind" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reason" text,
	"note" text,
	"given_at" timestamp (3) with time zone NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assistance_records_amount_nonneg" CHECK ("assistance_records"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "claim_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "claim_lines_amount_positive" CHECK ("claim_lines"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"amount_minor" bigint NOT NULL,
	"fulfilled_minor" bigint DEFAULT 0 NOT NULL,
	"note" text,
	"deadline_at" timestamp (3) with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"closed_by" uuid,
	"close_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "claims_amount_positive" CHECK ("claims"."amount_minor" > 0),
	CONSTRAINT "claims_fulfilled_within_amount" CHECK ("claims"."fulfilled_minor" >= 0 AND "claims"."fulfilled_minor" <= "claims"."amount_minor")
);
--> statement-breakpoint
CREATE TABLE "case_escalation_state" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"tier" text DEFAULT 'local_charity' NOT NULL,
	"tier_since" timestamp (3) with time zone NOT NULL,
	"matching_since" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_tier" text NOT NULL,
	"to_tier" text NOT NULL,
	"reason" text NOT NULL,
	"organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"tier" text NOT NULL,
	"score" double precision NOT NULL,
	"breakdown" jsonb NOT NULL,
	"rank" integer NOT NULL,
	"computed_at" timestamp (3) with time zone NOT NULL,
	"notified_at" timestamp (3) with time zone,
	"declined_at" timestamp (3) with time zone,
	"declined_by" uuid,
	"decline_reason" text
);
--> statement-breakpoint
CREATE TABLE "joint_meeting_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"resolved_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "assistance_records" ADD CONSTRAINT "assistance_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_records" ADD CONSTRAINT "assistance_records_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_records" ADD CONSTRAINT "assistance_records_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_records" ADD CONSTRAINT "assistance_records_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalation_state" ADD CONSTRAINT "case_escalation_state_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalations" ADD CONSTRAINT "case_escalations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_matches" ADD CONSTRAINT "case_matches_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_matches" ADD CONSTRAINT "case_matches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meeting_items" ADD CONSTRAINT "joint_meeting_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assistance_records_case_idx" ON "assistance_records" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "assistance_records_beneficiary_idx" ON "assistance_records" USING btree ("beneficiary_id");--> statement-breakpoint
CREATE INDEX "claim_lines_claim_idx" ON "claim_lines" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "claim_lines_need_idx" ON "claim_lines" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "claims_case_idx" ON "claims" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "claims_org_idx" ON "claims" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "claims_deadline_idx" ON "claims" USING btree ("status","deadline_at");--> statement-breakpoint
CREATE INDEX "case_escalations_case_idx" ON "case_escalations" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_matches_case_org_idx" ON "case_matches" USING btree ("case_id","organization_id");--> statement-breakpoint
CREATE INDEX "case_matches_org_idx" ON "case_matches" USING btree ("organization_id","computed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_meeting_items_open_idx" ON "joint_meeting_items" USING btree ("case_id","kind") WHERE "joint_meeting_items"."resolved_at" IS NULL;--> statement-breakpoint
CREATE INDEX "joint_meeting_items_region_idx" ON "joint_meeting_items" USING btree ("region_code");