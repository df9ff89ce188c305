CREATE TABLE "appraisal_ballot" (
	"round_id" uuid NOT NULL,
	"voter_person_id" uuid NOT NULL,
	"target_person_id" uuid NOT NULL,
	"grade" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appraisal_entry" (
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"self_grade" text,
	"self_summary" text,
	"org_grade" text,
	"veto_source" text,
	"veto_reason" text,
	"note" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "appraisal_round" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_node_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"account_id" uuid NOT NULL,
	"type" text NOT NULL,
	"in_app" boolean DEFAULT true NOT NULL,
	"email" boolean DEFAULT false NOT NULL,
	"sms" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_node_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"meeting_type" text NOT NULL,
	"title" text NOT NULL,
	"planned_on" date,
	"note" text,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talk" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_node_id" uuid NOT NULL,
	"talked_on" date NOT NULL,
	"initiator_person_id" uuid NOT NULL,
	"partner_person_id" uuid NOT NULL,
	"trigger" text DEFAULT 'routine' NOT NULL,
	"topic" text NOT NULL,
	"follow_up" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appraisal_ballot" ADD CONSTRAINT "appraisal_ballot_round_id_appraisal_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."appraisal_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_entry" ADD CONSTRAINT "appraisal_entry_round_id_appraisal_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."appraisal_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_entry" ADD CONSTRAINT "appraisal_entry_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_round" ADD CONSTRAINT "appraisal_round_org_node_id_org_node_id_fk" FOREIGN KEY ("org_node_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_org_node_id_org_node_id_fk" FOREIGN KEY ("org_node_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk" ADD CONSTRAINT "talk_org_node_id_org_node_id_fk" FOREIGN KEY ("org_node_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk" ADD CONSTRAINT "talk_initiator_person_id_person_id_fk" FOREIGN KEY ("initiator_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talk" ADD CONSTRAINT "talk_partner_person_id_person_id_fk" FOREIGN KEY ("partner_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appraisal_ballot_pk" ON "appraisal_ballot" USING btree ("round_id","voter_person_id","target_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appraisal_entry_pk" ON "appraisal_entry" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appraisal_round_org_year_idx" ON "appraisal_round" USING btree ("org_node_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_dedupe_idx" ON "notification" USING btree ("account_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notification_account_idx" ON "notification" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_preference_pk" ON "notification_preference" USING btree ("account_id","type");--> statement-breakpoint
CREATE INDEX "plan_item_org_year_idx" ON "plan_item" USING btree ("org_node_id","year","month");--> statement-breakpoint
CREATE INDEX "talk_org_day_idx" ON "talk" USING btree ("org_node_id","talked_on");