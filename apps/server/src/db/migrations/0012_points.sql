CREATE TABLE "point_appeal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"org_node_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "point_balance" (
	"rule_set_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"period" text NOT NULL,
	"org_node_id" uuid NOT NULL,
	"base" numeric NOT NULL,
	"positive" numeric NOT NULL,
	"negative" numeric NOT NULL,
	"total" numeric NOT NULL,
	"vetoed" boolean NOT NULL,
	"pending" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_balance_rule_set_id_period_person_id_pk" PRIMARY KEY("rule_set_id","period","person_id")
);
--> statement-breakpoint
CREATE TABLE "point_entry" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"org_node_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"points" numeric NOT NULL,
	"units" numeric NOT NULL,
	"occurred_on" date NOT NULL,
	"origin" text NOT NULL,
	"source_type" text,
	"source_id" uuid,
	"idempotency_key" text,
	"reverses_id" uuid,
	"status" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_reason" text
);
--> statement-breakpoint
CREATE TABLE "point_rule_set" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scope_org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"template_key" text,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "point_appeal" ADD CONSTRAINT "point_appeal_entry_id_point_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."point_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_appeal" ADD CONSTRAINT "point_appeal_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_appeal" ADD CONSTRAINT "point_appeal_org_node_id_org_node_id_fk" FOREIGN KEY ("org_node_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_balance" ADD CONSTRAINT "point_balance_rule_set_id_point_rule_set_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."point_rule_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_balance" ADD CONSTRAINT "point_balance_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_balance" ADD CONSTRAINT "point_balance_org_node_id_org_node_id_fk" FOREIGN KEY ("org_node_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entry" ADD CONSTRAINT "point_entry_rule_set_id_point_rule_set_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."point_rule_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entry" ADD CONSTRAINT "point_entry_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_entry" ADD CONSTRAINT "point_entry_org_node_id_org_node_id_fk" FOREIGN KEY ("org_node_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_rule_set" ADD CONSTRAINT "point_rule_set_scope_org_id_org_node_id_fk" FOREIGN KEY ("scope_org_id") REFERENCES "public"."org_node"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "point_appeal_org_idx" ON "point_appeal" USING btree ("org_node_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "point_appeal_open_idx" ON "point_appeal" USING btree ("entry_id") WHERE "point_appeal"."status" = 'open';--> statement-breakpoint
CREATE INDEX "point_balance_org_idx" ON "point_balance" USING btree ("rule_set_id","period","org_node_id");--> statement-breakpoint
CREATE INDEX "point_entry_person_idx" ON "point_entry" USING btree ("person_id","occurred_on");--> statement-breakpoint
CREATE INDEX "point_entry_org_status_idx" ON "point_entry" USING btree ("org_node_id","status");--> statement-breakpoint
CREATE INDEX "point_entry_source_idx" ON "point_entry" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "point_entry_reverses_idx" ON "point_entry" USING btree ("reverses_id");--> statement-breakpoint
CREATE UNIQUE INDEX "point_rule_set_version_idx" ON "point_rule_set" USING btree ("scope_org_id","year","version");--> statement-breakpoint
CREATE UNIQUE INDEX "point_rule_set_published_idx" ON "point_rule_set" USING btree ("scope_org_id","year") WHERE "point_rule_set"."status" = 'published';