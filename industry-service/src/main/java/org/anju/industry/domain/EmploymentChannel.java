package org.anju.industry.domain;

/** How a member found work: 扶贫车间, 劳务输出, 公益性岗位, 灵活就业, an enterprise, or self-employment. */
public enum EmploymentChannel {
    WORKSHOP,
    LABOUR_EXPORT,
    PUBLIC_WELFARE_POST,
    FLEXIBLE_LOCAL,
    ENTERPRISE,
    SELF_EMPLOYED
}
