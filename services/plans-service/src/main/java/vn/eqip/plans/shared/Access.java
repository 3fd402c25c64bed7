package vn.eqip.plans.shared;

import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

/** Role checks of the use cases, with messages that tell the user who may do it. */
public final class Access {

  private Access() {}

  public static void requirePrincipal(Caller caller, String what) {
    if (!caller.hasRole(Roles.PRINCIPAL)) {
      throw ProblemException.forbidden("Chỉ hiệu trưởng của trường được " + what + ".");
    }
  }

  public static void requireReviewer(Caller caller, String what) {
    if (!caller.hasRole(Roles.REVIEWER)) {
      throw ProblemException.forbidden(
          "Chỉ cán bộ thẩm định (reviewer) của Sở/Phòng được " + what + ".");
    }
  }
}
