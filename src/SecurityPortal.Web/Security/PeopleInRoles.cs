using SecurityPortal.Data;

namespace SecurityPortal.Web.Security;

/// <summary>The active people holding any of some roles, by e-mail: who to tell, who may approve, who may lead.</summary>
public static class PeopleInRoles
{
    public static IQueryable<string> Emails(PortalDbContext db, params string[] roles) =>
        (from user in db.Users
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join role in db.Roles on userRole.RoleId equals role.Id
         where user.IsActive && user.Email != null && roles.Contains(role.Name!)
         select user.Email!).Distinct();
}
