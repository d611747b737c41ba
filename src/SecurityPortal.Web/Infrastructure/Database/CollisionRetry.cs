using Microsoft.EntityFrameworkCore;

namespace SecurityPortal.Web.Infrastructure.Database;

/// <summary>
/// For steps that add rows under a unique key (an audit per plan, model and period; an assignment per course, person
/// and round): a collision means another node or request saved the same rows first. Nothing of the failed save was
/// kept, so reading again and redoing the step finds only what is still missing.
/// </summary>
public static partial class CollisionRetry
{
    public const int MaxAttempts = 3;

    public static async Task<T> RunAsync<T>(Func<Task<T>> step, ILogger logger, string what)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await step();
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && ex is not DbUpdateConcurrencyException)
            {
                LogCollision(logger, what, ex.InnerException?.Message ?? ex.Message, attempt);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What} collided with another writer ({Reason}); reading again (attempt {Attempt})")]
    private static partial void LogCollision(ILogger logger, string what, string reason, int attempt);
}
