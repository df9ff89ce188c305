CREATE TABLE "talent_credential" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"level" text,
	"issuer" text,
	"obtained_on" date NOT NULL,
	"expires_on" date,
	"result" text,
	"certificate_no" text,
	"origin" text NOT NULL,
	"import_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_portrait" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scope_org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"family" text NOT NULL,
	"builtin_code" text,
	"definition" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_reserve_entry" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"portrait_id" uuid NOT NULL,
	"entered_on" date NOT NULL,
	"target_tier" text,
	"direction" text,
	"criteria" jsonb NOT NULL,
	"last_reviewed_on" date,
	"next_review_on" date,
	"review_months" integer NOT NULL,
	"status" text NOT NULL,
	"removed_on" date,
	"removed_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_reserve_review" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"outcome" text NOT NULL,
	"reason" text,
	"meets_criteria" boolean NOT NULL,
	"match_score" numeric,
	"next_review_on" date,
	"reviewed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_score" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"portrait_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"score" numeric NOT NULL,
	"scored_on" date NOT NULL,
	"note" text,
	"scored_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_tier_assignment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"tier" text NOT NULL,
	"portrait_id" uuid,
	"assigned_on" date NOT NULL,
	"reason" text NOT NULL,
	"match_score" numeric,
	"suggested_tier" text,
	"assigned_by" uuid,
	"ended_on" date,
	"ended_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "talent_credential" ADD CONSTRAINT "talent_credential_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_portrait" ADD CONSTRAINT "talent_portrait_scope_org_id_org_node_id_fk" FOREIGN KEY ("scope_org_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_reserve_entry" ADD CONSTRAINT "talent_reserve_entry_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_reserve_entry" ADD CONSTRAINT "talent_reserve_entry_portrait_id_talent_portrait_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."talent_portrait"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_reserve_review" ADD CONSTRAINT "talent_reserve_review_entry_id_talent_reserve_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."talent_reserve_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_score" ADD CONSTRAINT "talent_score_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_score" ADD CONSTRAINT "talent_score_portrait_id_talent_portrait_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."talent_portrait"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_tier_assignment" ADD CONSTRAINT "talent_tier_assignment_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_tier_assignment" ADD CONSTRAINT "talent_tier_assignment_portrait_id_talent_portrait_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."talent_portrait"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_credential_person_idx" ON "talent_credential" USING btree ("person_id","obtained_on");--> statement-breakpoint
CREATE INDEX "talent_credential_obtained_idx" ON "talent_credential" USING btree ("obtained_on");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_portrait_code_idx" ON "talent_portrait" USING btree ("scope_org_id","code");--> statement-breakpoint
CREATE INDEX "talent_reserve_person_idx" ON "talent_reserve_entry" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_reserve_active_idx" ON "talent_reserve_entry" USING btree ("person_id") WHERE "talent_reserve_entry"."status" = 'active';--> statement-breakpoint
CREATE INDEX "talent_reserve_review_entry_idx" ON "talent_reserve_review" USING btree ("entry_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "talent_score_person_idx" ON "talent_score" USING btree ("person_id","portrait_id","indicator_code","scored_on");--> statement-breakpoint
CREATE INDEX "talent_tier_person_idx" ON "talent_tier_assignment" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_tier_current_idx" ON "talent_tier_assignment" USING btree ("person_id") WHERE "talent_tier_assignment"."ended_on" IS NULL;