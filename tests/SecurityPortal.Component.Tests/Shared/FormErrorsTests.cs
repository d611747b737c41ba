using SecurityPortal.Core.Common;
using SecurityPortal.Web.Shared;

namespace SecurityPortal.Component.Tests.Shared;

public sealed class FormErrorsTests
{
    private static readonly ValidationFailedException Refused = new(new Dictionary<string, string[]>
    {
        ["email"] = ["Enter an e-mail address.", "Use your work domain."],
        ["teamId"] = ["Choose a team."],
    });

    [Fact]
    public void FieldNamesMatchWhateverCaseTheFormUses()
    {
        var errors = new FormErrors();
        errors.Show(Refused);

        Assert.True(errors.Has("Email"));
        Assert.Equal("Enter an e-mail address. Use your work domain.", errors.For("Email"));
        Assert.Equal("Choose a team.", errors.For("TeamId"));
        Assert.Null(errors.For("DisplayName"));
    }

    [Fact]
    public void MessagesForFieldsWithoutAnInputAreNotLost()
    {
        var errors = new FormErrors();
        errors.Show(Refused);

        Assert.Equal(["Choose a team."], errors.Others("Email"));
    }

    [Fact]
    public void ClearingForgetsEverything()
    {
        var errors = new FormErrors();
        errors.Show(Refused);

        errors.Clear();

        Assert.False(errors.Any);
        Assert.False(errors.Has("email"));
    }
}
