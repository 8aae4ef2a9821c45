package org.policygraph.read;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Values;
import org.neo4j.driver.summary.ProfiledPlan;

/** What the PROFILE tests read from a profiled plan: its db hits, its sorts, its label scans, a printout. */
final class ProfiledPlans {

    private ProfiledPlans() {
    }

    /** Every operator's db hits, summed over the plan. */
    static long dbHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(ProfiledPlans::dbHits).sum();
    }

    /** The most rows any Sort or Top operator of the plan takes in. */
    static long rowsSorted(ProfiledPlan plan) {
        long here = plan.operatorType().contains("Sort") || plan.operatorType().contains("Top")
                ? plan.children().stream().mapToLong(ProfiledPlan::records).sum() : 0;
        return Math.max(here, plan.children().stream().mapToLong(ProfiledPlans::rowsSorted).max().orElse(0));
    }

    /** The plan's operators that read every node of a label, or every node. */
    static List<String> labelScans(ProfiledPlan plan) {
        List<String> scans = new ArrayList<>();
        if (plan.operatorType().contains("LabelScan") || plan.operatorType().contains("AllNodesScan")) {
            scans.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", Values.NULL));
        }
        plan.children().forEach(c -> scans.addAll(labelScans(c)));
        return scans;
    }

    /** The plan as a tree of operators with their db hits and rows (-Dprofile.print). */
    static void print(ProfiledPlan plan, String indent) {
        System.out.println(indent + plan.operatorType() + " hits=" + plan.dbHits() + " rows=" + plan.records() + " "
                + plan.arguments().getOrDefault("Details", Values.NULL));
        plan.children().forEach(c -> print(c, indent + "  "));
    }
}
