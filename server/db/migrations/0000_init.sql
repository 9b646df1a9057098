CREATE SEQUENCE "public"."case_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"accepted_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"organization_id" uuid,
	"region_code" text,
	"granted_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"locale" text DEFAULT 'zh-CN' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"home_region_code" text NOT NULL,
	"service_region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"focus_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"open_case_capacity" integer DEFAULT 0 NOT NULL,
	"budget_minor" bigint DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"response_sla_hours" integer DEFAULT 72 NOT NULL,
	"pairing_region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{zh}'::text[] NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"verified_at" timestamp (3) with time zone,
	"verified_by" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_capacity_nonneg" CHECK ("organizations"."open_case_capacity" >= 0),
	CONSTRAINT "organizations_budget_nonneg" CHECK ("organizations"."budget_minor" >= 0),
	CONSTRAINT "organizations_sla_positive" CHECK ("organizations"."response_sla_hours" > 0)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"region_code" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "case_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"payee_kind" text DEFAULT 'beneficiary' NOT NULL,
	"payee_name" text,
	"amount_minor" bigint NOT NULL,
	"reserved_minor" bigint DEFAULT 0 NOT NULL,
	"confirmed_minor" bigint DEFAULT 0 NOT NULL,
	"claimed_minor" bigint DEFAULT 0 NOT NULL,
	"disbursed_minor" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_needs_amount_positive" CHECK ("case_needs"."amount_minor" > 0),
	CONSTRAINT "case_needs_parts_nonneg" CHECK ("case_needs"."reserved_minor" >= 0 AND "case_needs"."confirmed_minor" >= 0 AND "case_needs"."claimed_minor" >= 0 AND "case_needs"."disbursed_minor" >= 0),
	CONSTRAINT "case_needs_not_overcommitted" CHECK ("case_needs"."reserved_minor" + "case_needs"."confirmed_minor" + "case_needs"."claimed_minor" <= "case_needs"."amount_minor"),
	CONSTRAINT "case_needs_disbursed_within_confirmed" CHECK ("case_needs"."disbursed_minor" <= "case_needs"."confirmed_minor" + "case_needs"."claimed_minor")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"beneficiary_id" uuid,
	"region_code" text NOT NULL,
	"category" text,
	"hardship_type" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"intake_channel" text NOT NULL,
	"status" text NOT NULL,
	"reporter_user_id" uuid,
	"referrer_user_id" uuid,
	"handler_user_id" uuid,
	"backup_handler_user_id" uuid,
	"public_summary" text,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp (3) with time zone,
	"duplicate_of_case_id" uuid,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"reporter_kind" text,
	"situation_enc" text,
	"verification_outcome" text,
	"verification_notes_enc" text,
	"decision_reason" text,
	"possible_duplicate_of_case_id" uuid,
	"repeat_aid_override_reason" text,
	"due_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "alarms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"case_id" uuid,
	"referral_id" uuid,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"document_kind" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_path" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fast_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"fund_organization_id" uuid NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"paperwork_due_at" timestamp (3) with time zone NOT NULL,
	"cleared_at" timestamp (3) with time zone,
	"cleared_by" uuid,
	"override_reason" text,
	CONSTRAINT "fast_tracks_amount_positive" CHECK ("fast_tracks"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "public_report_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp (3) with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistance_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid,
	"case_id" uuid,
	"need_id" uuid,
	"claim_id" uuid,
	"note" text,
	"kind" text NOT NULL,
	"amount_minor" bigint DEFAULT 0 NOT NULL,
	"category" text NOT NULL,
	"given_on" date NOT NULL,
	"organization_id" uuid,
	"region_code" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assistance_amount_nonneg" CHECK ("assistance_records"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "beneficiaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_enc" text,
	"id_number_enc" text,
	"id_number_index" text,
	"phone_enc" text,
	"household_enc" text,
	"notes_enc" text,
	"identified" boolean DEFAULT false NOT NULL,
	"merged_into_id" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"beneficiary_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"granted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"taken_by" uuid NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "joint_meeting_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"case_id" uuid NOT NULL,
	"referral_id" uuid,
	"kind" text DEFAULT 'overdue_referral' NOT NULL,
	"reason" text NOT NULL,
	"owner_user_id" uuid,
	"assigned_by" uuid,
	"assigned_at" timestamp (3) with time zone,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_organization_id" uuid,
	"to_organization_id" uuid,
	"region_code" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"request" text NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"responded_at" timestamp (3) with time zone,
	"responded_by" uuid,
	"decline_reason" text,
	"completed_at" timestamp (3) with time zone,
	"outcome" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduled_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_key" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"run_at" timestamp (3) with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"done_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_settings" (
	"region_code" text PRIMARY KEY NOT NULL,
	"values" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"donor_user_id" uuid NOT NULL,
	"organization_id" uuid,
	"amount_minor" bigint NOT NULL,
	"requested_minor" bigint NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'reserved' NOT NULL,
	"release_reason" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"message" text,
	"idempotency_key" text NOT NULL,
	"payment_ref" text,
	"offline_reference" text,
	"refunded_minor" bigint DEFAULT 0 NOT NULL,
	"refund_requested_at" timestamp (3) with time zone,
	"disputed_at" timestamp (3) with time zone,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"confirmed_at" timestamp (3) with time zone,
	"released_at" timestamp (3) with time zone,
	"details" jsonb,
	"surplus_preference" text DEFAULT 'redirect' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledges_amount_positive" CHECK ("pledges"."amount_minor" > 0 AND "pledges"."requested_minor" >= "pledges"."amount_minor"),
	CONSTRAINT "pledges_refund_within" CHECK ("pledges"."refunded_minor" >= 0 AND "pledges"."refunded_minor" <= "pledges"."amount_minor"),
	CONSTRAINT "pledges_released_has_reason" CHECK (("pledges"."status" = 'released') = ("pledges"."release_reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "payment_events" (
	"provider" text NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"payment_ref" text,
	"payload" jsonb NOT NULL,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp (3) with time zone,
	"outcome" text,
	CONSTRAINT "payment_events_provider_event_id_pk" PRIMARY KEY("provider","event_id")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transfer_id" uuid NOT NULL,
	"account" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"posted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_nonzero" CHECK ("ledger_entries"."amount_minor" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"case_id" uuid,
	"need_id" uuid,
	"pledge_id" uuid,
	"refs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"posted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_transfers_amount_positive" CHECK ("ledger_transfers"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "disbursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"payee_kind" text NOT NULL,
	"payee_name" text,
	"invoice_number" text,
	"account_last4" text,
	"amount_minor" bigint NOT NULL,
	"reference" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_by" uuid NOT NULL,
	"first_approved_by" uuid,
	"first_approved_at" timestamp (3) with time zone,
	"second_approved_by" uuid,
	"second_approved_at" timestamp (3) with time zone,
	"payment_reference" text,
	"evidence" text,
	"disbursed_by" uuid,
	"disbursed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disbursements_amount_positive" CHECK ("disbursements"."amount_minor" > 0),
	CONSTRAINT "disbursements_two_people" CHECK ("disbursements"."second_approved_by" IS NULL OR "disbursements"."second_approved_by" <> "disbursements"."first_approved_by"),
	CONSTRAINT "disbursements_last4" CHECK ("disbursements"."account_last4" IS NULL OR "disbursements"."account_last4" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "matching_pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"ratio_numerator" integer NOT NULL,
	"ratio_denominator" integer NOT NULL,
	"cap_minor" bigint NOT NULL,
	"matched_minor" bigint DEFAULT 0 NOT NULL,
	"region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_pools_ratio_positive" CHECK ("matching_pools"."ratio_numerator" > 0 AND "matching_pools"."ratio_denominator" > 0),
	CONSTRAINT "matching_pools_cap_positive" CHECK ("matching_pools"."cap_minor" > 0),
	CONSTRAINT "matching_pools_within_cap" CHECK ("matching_pools"."matched_minor" >= 0 AND "matching_pools"."matched_minor" <= "matching_pools"."cap_minor")
);
--> statement-breakpoint
CREATE TABLE "pool_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pool_id" uuid NOT NULL,
	"source_pledge_id" uuid NOT NULL,
	"match_pledge_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relief_funds" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"per_case_cap_minor" bigint NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relief_funds_cap_positive" CHECK ("relief_funds"."per_case_cap_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pledge_id" uuid NOT NULL,
	"number" text NOT NULL,
	"issued_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surplus_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pledge_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"answer_by" timestamp (3) with time zone NOT NULL,
	"suggested_case_id" uuid,
	"target_case_id" uuid,
	"redirect_pledge_id" uuid,
	"decided_by" text,
	"resolved_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surplus_amount_positive" CHECK ("surplus_allocations"."amount_minor" > 0)
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
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_home_region_code_regions_code_fk" FOREIGN KEY ("home_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_needs" ADD CONSTRAINT "case_needs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fast_tracks" ADD CONSTRAINT "fast_tracks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fast_tracks" ADD CONSTRAINT "fast_tracks_fund_organization_id_organizations_id_fk" FOREIGN KEY ("fund_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_records" ADD CONSTRAINT "assistance_records_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_records" ADD CONSTRAINT "assistance_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_records" ADD CONSTRAINT "assistance_records_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_beneficiary_id_beneficiaries_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."beneficiaries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meeting_items" ADD CONSTRAINT "joint_meeting_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meeting_items" ADD CONSTRAINT "joint_meeting_items_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_organization_id_organizations_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_settings" ADD CONSTRAINT "region_settings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_donor_user_id_users_id_fk" FOREIGN KEY ("donor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_transfer_id_ledger_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."ledger_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_pools" ADD CONSTRAINT "matching_pools_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_matches" ADD CONSTRAINT "pool_matches_pool_id_matching_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."matching_pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_matches" ADD CONSTRAINT "pool_matches_source_pledge_id_pledges_id_fk" FOREIGN KEY ("source_pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_matches" ADD CONSTRAINT "pool_matches_match_pledge_id_pledges_id_fk" FOREIGN KEY ("match_pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_funds" ADD CONSTRAINT "relief_funds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surplus_allocations" ADD CONSTRAINT "surplus_allocations_pledge_id_pledges_id_fk" FOREIGN KEY ("pledge_id") REFERENCES "public"."pledges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surplus_allocations" ADD CONSTRAINT "surplus_allocations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surplus_allocations" ADD CONSTRAINT "surplus_allocations_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_need_id_case_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."case_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalation_state" ADD CONSTRAINT "case_escalation_state_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_escalations" ADD CONSTRAINT "case_escalations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_matches" ADD CONSTRAINT "case_matches_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_matches" ADD CONSTRAINT "case_matches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_idx" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "memberships_org_idx" ON "memberships" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_unique_idx" ON "memberships" USING btree ("user_id","role",coalesce("organization_id"::text, ''),coalesce("region_code", ''));--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash_idx" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "organizations_home_region_idx" ON "organizations" USING btree ("home_region_code");--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_region_idx" ON "audit_events" USING btree ("region_code","at");--> statement-breakpoint
CREATE INDEX "case_needs_case_idx" ON "case_needs" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference_idx" ON "cases" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "cases_region_status_idx" ON "cases" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "cases_published_idx" ON "cases" USING btree ("published","urgency");--> statement-breakpoint
CREATE UNIQUE INDEX "alarms_user_key_idx" ON "alarms" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "alarms_user_idx" ON "alarms" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "evidence_case_idx" ON "evidence_files" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fast_tracks_case_idx" ON "fast_tracks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "assistance_beneficiary_idx" ON "assistance_records" USING btree ("beneficiary_id","category","given_on");--> statement-breakpoint
CREATE UNIQUE INDEX "beneficiaries_id_index_idx" ON "beneficiaries" USING btree ("id_number_index") WHERE "beneficiaries"."id_number_index" IS NOT NULL AND "beneficiaries"."merged_into_id" IS NULL;--> statement-breakpoint
CREATE INDEX "consents_beneficiary_idx" ON "consents" USING btree ("beneficiary_id","kind");--> statement-breakpoint
CREATE INDEX "joint_meeting_region_idx" ON "joint_meeting_items" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_meeting_unclaimed_open_idx" ON "joint_meeting_items" USING btree ("case_id") WHERE "joint_meeting_items"."kind" = 'unclaimed_need' AND "joint_meeting_items"."owner_user_id" IS NULL;--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_to_org_idx" ON "referrals" USING btree ("to_organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_jobs_key_idx" ON "scheduled_jobs" USING btree ("job_key");--> statement-breakpoint
CREATE INDEX "scheduled_jobs_due_idx" ON "scheduled_jobs" USING btree ("run_at") WHERE "scheduled_jobs"."done_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "pledges_idempotency_idx" ON "pledges" USING btree ("donor_user_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "pledges_payment_ref_idx" ON "pledges" USING btree ("payment_ref");--> statement-breakpoint
CREATE INDEX "pledges_case_status_idx" ON "pledges" USING btree ("case_id","status");--> statement-breakpoint
CREATE INDEX "pledges_need_status_idx" ON "pledges" USING btree ("need_id","status");--> statement-breakpoint
CREATE INDEX "pledges_donor_idx" ON "pledges" USING btree ("donor_user_id","created_at");--> statement-breakpoint
CREATE INDEX "pledges_reserved_expiry_idx" ON "pledges" USING btree ("expires_at") WHERE "pledges"."status" = 'reserved';--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account");--> statement-breakpoint
CREATE INDEX "ledger_entries_transfer_idx" ON "ledger_entries" USING btree ("transfer_id");--> statement-breakpoint
CREATE INDEX "ledger_transfers_case_idx" ON "ledger_transfers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "ledger_transfers_pledge_idx" ON "ledger_transfers" USING btree ("pledge_id","kind");--> statement-breakpoint
CREATE INDEX "disbursements_case_idx" ON "disbursements" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "disbursements_need_status_idx" ON "disbursements" USING btree ("need_id","status");--> statement-breakpoint
CREATE INDEX "matching_pools_org_idx" ON "matching_pools" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "matching_pools_open_idx" ON "matching_pools" USING btree ("status","ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_matches_source_idx" ON "pool_matches" USING btree ("source_pledge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pool_matches_match_idx" ON "pool_matches" USING btree ("match_pledge_id");--> statement-breakpoint
CREATE INDEX "pool_matches_pool_idx" ON "pool_matches" USING btree ("pool_id");--> statement-breakpoint
CREATE UNIQUE INDEX "receipts_pledge_idx" ON "receipts" USING btree ("pledge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "receipts_number_idx" ON "receipts" USING btree ("number");--> statement-breakpoint
CREATE INDEX "surplus_pledge_idx" ON "surplus_allocations" USING btree ("pledge_id");--> statement-breakpoint
CREATE INDEX "surplus_case_idx" ON "surplus_allocations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "surplus_pending_idx" ON "surplus_allocations" USING btree ("answer_by") WHERE "surplus_allocations"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "claim_lines_claim_idx" ON "claim_lines" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "claim_lines_need_idx" ON "claim_lines" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "claims_case_idx" ON "claims" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "claims_org_idx" ON "claims" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "claims_deadline_idx" ON "claims" USING btree ("status","deadline_at");--> statement-breakpoint
CREATE INDEX "case_escalations_case_idx" ON "case_escalations" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_matches_case_org_idx" ON "case_matches" USING btree ("case_id","organization_id");--> statement-breakpoint
CREATE INDEX "case_matches_org_idx" ON "case_matches" USING btree ("organization_id","computed_at");