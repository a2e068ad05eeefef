package vn.cds.baocao.support;

/** The demo accounts the tests sign in with (see README "Demo accounts"). */
public final class DemoAccounts {

    public static final String PASSWORD = "BaoCao@2024";
    public static final String ADMIN = "admin";
    public static final String REVIEWER = "reviewer";
    public static final String LEADER = "leader";
    /** Reporter of UBND thành phố Đồng Xoài. */
    public static final String REPORTER = "reporter";

    private DemoAccounts() {
    }
}
